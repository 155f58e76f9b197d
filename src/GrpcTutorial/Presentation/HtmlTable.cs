using System.Globalization;
using System.Net;
using System.Text;

namespace GrpcTutorial.Presentation;

/// <summary>
/// A simple table for notebook output: a header row and data rows of text, rendered as an HTML
/// table or as aligned plain text. Cell text is always HTML-encoded.
/// </summary>
/// <remarks>
/// The course's one table writer: the status catalogue, the wire inspector's text table and the
/// performance suite's tables are all built with it. Only the wire inspector's HTML table has its
/// own writer, for the row classes and nesting that a plain table cannot express.
/// </remarks>
/// <example>
/// <code>
/// new HtmlTable("Format", "Bytes").AddRow("JSON", 66).AddRow("Protobuf", 33)
/// </code>
/// </example>
[TypeFormatterSource(typeof(HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class HtmlTable : IHtmlRenderable
{
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table with the given column headers.</summary>
    /// <param name="headers">One header per column.</param>
    public HtmlTable(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Length == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(headers));
        }

        Headers = headers;
    }

    /// <summary>The column headers.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows, formatted as text.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>An optional caption shown above the table.</summary>
    public string? Caption { get; set; }

    /// <summary>
    /// Adds a row. Numbers are formatted with the invariant culture (<c>1,234.5</c>
    /// for doubles with one decimal, thousands separators for integers).
    /// </summary>
    /// <param name="cells">One value per column.</param>
    /// <returns>This table, for chaining.</returns>
    public HtmlTable AddRow(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != Headers.Count)
        {
            throw new ArgumentException($"The row has {cells.Length} cells but the table has {Headers.Count} columns.", nameof(cells));
        }

        _rows.Add([.. cells.Select(FormatCell)]);
        return this;
    }

    /// <inheritdoc />
    public string ToHtml()
    {
        var html = new StringBuilder("<table class=\"course-table\">");
        if (Caption is not null)
        {
            html.Append("<caption>").Append(WebUtility.HtmlEncode(Caption)).Append("</caption>");
        }

        html.Append("<thead><tr>");
        foreach (var header in Headers)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in _rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>Renders the table as aligned plain text.</summary>
    /// <returns>The caption (if any), the header, a rule and one line per row.</returns>
    public override string ToString()
    {
        var widths = Headers.Select((header, column) => _rows.Select(row => row[column].Length).Append(header.Length).Max()).ToArray();
        var text = new StringBuilder();
        if (Caption is not null)
        {
            text.AppendLine(Caption);
        }

        AppendLine(text, Headers, widths);
        text.AppendLine(string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in _rows)
        {
            AppendLine(text, row, widths);
        }

        return text.ToString().TrimEnd('\n');
    }

    private static void AppendLine(StringBuilder text, IReadOnlyList<string> cells, int[] widths) =>
        text.AppendLine(string.Join("  ", cells.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());

    private static string FormatCell(object? cell) => cell switch
    {
        null => string.Empty,
        double value => value.ToString("#,0.###", CultureInfo.InvariantCulture),
        float value => value.ToString("#,0.###", CultureInfo.InvariantCulture),
        int or long => string.Format(CultureInfo.InvariantCulture, "{0:#,0}", cell),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}
