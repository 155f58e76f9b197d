namespace GrpcTutorial.Presentation;

/// <summary>
/// A value that knows how to show itself in a notebook: as an HTML fragment for rich output and
/// as plain text (its <see cref="object.ToString"/>) everywhere else.
/// </summary>
/// <remarks>
/// Types that implement it also carry <see cref="TypeFormatterSourceAttribute"/>, so a
/// trailing expression or <c>display(value)</c> renders the HTML in Polyglot Notebooks.
/// </remarks>
/// <example>
/// <code>
/// [TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
/// public sealed record Note(string Text) : IHtmlRenderable
/// {
///     public string ToHtml() => $"&lt;em&gt;{WebUtility.HtmlEncode(Text)}&lt;/em&gt;";
/// }
/// </code>
/// </example>
public interface IHtmlRenderable
{
    /// <summary>Renders the value as a self-contained HTML fragment (no scripts).</summary>
    /// <returns>HTML markup.</returns>
    string ToHtml();
}
