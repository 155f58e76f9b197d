using System.Globalization;
using System.Net;
using System.Text;

namespace Performance.Core.Quick;

/// <summary>The outcome of <see cref="QuickComparison.Run"/>: one row per message shape.</summary>
/// <param name="Rows">One row per shape.</param>
/// <param name="Iterations">Timed iterations per operation.</param>
public sealed record QuickComparisonResult(IReadOnlyList<QuickComparisonRow> Rows, int Iterations)
{
    private static readonly string[] Headers =
        ["Shape", "Protobuf B", "JSON B", "JSON/Proto size", "Proto ser µs", "JSON ser µs", "Proto parse µs", "JSON parse µs", "Ser speedup", "Parse speedup"];

    /// <summary>The table as aligned plain text.</summary>
    /// <returns>A text table, one line per shape.</returns>
    public string ToText()
    {
        var cells = Cells();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, cells.Max(row => row[i].Length))).ToArray();
        var text = new StringBuilder();
        text.AppendLine(string.Join("  ", Headers.Select((h, i) => h.PadLeft(widths[i]))));
        foreach (var row in cells)
        {
            text.AppendLine(string.Join("  ", row.Select((c, i) => c.PadLeft(widths[i]))));
        }

        return text.ToString();
    }

    /// <summary>The table as Markdown.</summary>
    /// <returns>A Markdown table.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", Headers) + " |");
        text.AppendLine("|" + string.Concat(Headers.Select(_ => "---:|")));
        foreach (var row in Cells())
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        return text.ToString();
    }

    /// <summary>The table as an HTML fragment, for a notebook's <c>display(...)</c>.</summary>
    /// <returns>An HTML <c>table</c> element.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder("<table><thead><tr>");
        foreach (var header in Headers)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in Cells())
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td style=\"text-align:right\">").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToText();

    private List<string[]> Cells() =>
    [
        .. Rows.Select(r => new[]
        {
            r.Shape.ToString(),
            r.ProtobufSize.ToString("N0", CultureInfo.InvariantCulture),
            r.JsonSize.ToString("N0", CultureInfo.InvariantCulture),
            Format(r.SizeRatio, "x"),
            Micros(r.ProtobufSerialize),
            Micros(r.JsonSerialize),
            Micros(r.ProtobufParse),
            Micros(r.JsonParse),
            Format(r.SerializeSpeedup, "x"),
            Format(r.ParseSpeedup, "x"),
        }),
    ];

    private static string Micros(OperationCost cost) =>
        (cost.NanosecondsPerOperation / 1000).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Format(double value, string suffix) =>
        value.ToString("0.00", CultureInfo.InvariantCulture) + suffix;
}
