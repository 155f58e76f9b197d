namespace GrpcTutorial.Presentation;

/// <summary>
/// A piece of trusted HTML to show as rich output in a notebook (a string would show as text).
/// </summary>
/// <param name="Markup">The HTML fragment.</param>
/// <example>
/// <code>
/// new Html("&lt;p&gt;Shown as &lt;b&gt;HTML&lt;/b&gt;, not as text.&lt;/p&gt;")
/// </code>
/// </example>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed record Html(string Markup) : IHtmlRenderable
{
    /// <inheritdoc />
    public string ToHtml() => Markup;

    /// <inheritdoc />
    public override string ToString() => Markup;
}
