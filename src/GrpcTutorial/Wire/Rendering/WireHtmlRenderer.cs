using System.Globalization;
using System.Net;
using System.Text;

namespace GrpcTutorial.Wire.Rendering;

/// <summary>
/// Renders rows as an HTML table (class <c>wire-table</c>); every piece of text is HTML-encoded.
/// </summary>
/// <remarks>
/// A specialised writer rather than <see cref="Presentation.HtmlTable"/>, because it expresses what a
/// plain table cannot: a CSS class per row kind (<c>wire-tag</c>, <c>wire-length</c>, <c>wire-value</c>,
/// <c>wire-element</c>, <c>wire-end</c>) that the site styles, the nesting depth as a <c>data-depth</c>
/// attribute with matching indentation of the field column, and the bytes set as code.
/// </remarks>
internal static class WireHtmlRenderer
{
    public static string Render(string summary, IReadOnlyList<WireRow> rows)
    {
        var html = new StringBuilder();
        html.Append("<table class=\"wire-table\">\n");
        html.Append("<caption>").Append(Encode(summary)).Append("</caption>\n");
        html.Append("<thead><tr><th>Offset</th><th>Bytes</th><th>Field</th><th>Type</th><th>Wire type</th><th>Value</th><th>Explanation</th></tr></thead>\n");
        html.Append("<tbody>\n");
        foreach (var row in rows)
        {
            var depth = row.Depth.ToString(CultureInfo.InvariantCulture);
            var indent = (row.Depth * 1.5).ToString(CultureInfo.InvariantCulture);
            // The indent is a style attribute for notebooks and a wire-depth-N class for the site,
            // whose exporter strips style attributes from outputs.
            html.Append("<tr class=\"wire-").Append(row.Kind);
            if (row.Depth > 0)
            {
                html.Append(" wire-depth-").Append(depth);
            }

            html.Append("\" data-depth=\"").Append(depth).Append("\">");
            html.Append("<td>").Append(row.Offset.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            html.Append("<td><code>").Append(Encode(Hex.Format(row.Bytes.Span))).Append("</code></td>");
            html.Append("<td style=\"padding-left:").Append(indent).Append("em\">").Append(Encode(row.Field)).Append("</td>");
            html.Append("<td>").Append(Encode(row.Type)).Append("</td>");
            html.Append("<td>").Append(Encode(row.Wire)).Append("</td>");
            html.Append("<td>").Append(Encode(row.Value)).Append("</td>");
            html.Append("<td>").Append(Encode(row.Explanation)).Append("</td>");
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>");
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
