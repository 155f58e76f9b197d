namespace GrpcTutorial.Presentation;

/// <summary>
/// One notebook formatter for <see cref="IHtmlRenderable"/> values, shaped the way .NET
/// Interactive expects a convention-based formatter: <c>MimeType</c>, <c>Type</c> and
/// <c>Format(object, TextWriter)</c>.
/// </summary>
/// <param name="mimeType">The MIME type this formatter produces.</param>
/// <param name="render">Turns a value into text of that MIME type.</param>
/// <example>
/// <code>
/// var html = new RenderableFormatter("text/html", value => value.ToHtml());
/// var writer = new StringWriter();
/// html.Format(new HtmlTable("A").AddRow(1), writer);   // true; writer holds the table's HTML
/// </code>
/// </example>
public sealed class RenderableFormatter(string mimeType, Func<IHtmlRenderable, string> render)
{
    /// <summary>The MIME type this formatter produces.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>The values this formatter handles.</summary>
    public Type Type => typeof(IHtmlRenderable);

    /// <summary>Writes <paramref name="instance"/> if it is an <see cref="IHtmlRenderable"/>.</summary>
    /// <param name="instance">The value to format.</param>
    /// <param name="writer">Where to write.</param>
    /// <returns><see langword="true"/> if the value was written.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is not IHtmlRenderable renderable)
        {
            return false;
        }

        writer.Write(render(renderable));
        return true;
    }
}
