namespace GrpcTutorial.Presentation;

/// <summary>
/// Creates the notebook formatters for <see cref="IHtmlRenderable"/> values: <c>text/html</c>
/// from <see cref="IHtmlRenderable.ToHtml"/> and <c>text/plain</c> from <see cref="object.ToString"/>.
/// </summary>
/// <remarks>Found by convention by .NET Interactive; see <see cref="TypeFormatterSourceAttribute"/>.</remarks>
/// <example>
/// <code>
/// foreach (RenderableFormatter formatter in new HtmlFormatterSource().CreateTypeFormatters().Cast&lt;RenderableFormatter&gt;())
///     Console.WriteLine(formatter.MimeType);   // text/html, then text/plain
/// </code>
/// </example>
public sealed class HtmlFormatterSource
{
    /// <summary>The formatters, one per MIME type.</summary>
    /// <returns>An HTML formatter and a plain-text formatter.</returns>
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new RenderableFormatter("text/html", value => value.ToHtml()),
        new RenderableFormatter("text/plain", value => value.ToString() ?? string.Empty),
    ];
}
