using System.Globalization;
using GrpcTutorial.Presentation;

namespace GrpcTutorial.Wire.Rendering;

/// <summary>
/// Renders rows as a plain-text <see cref="HtmlTable"/>: long byte runs wrap onto continuation rows of
/// eight bytes, nested fields are indented and long values are shortened.
/// </summary>
internal static class WireTextRenderer
{
    private const int BytesPerLine = 8;
    private const int MaxValueWidth = 40;

    public static string Render(string summary, IReadOnlyList<WireRow> rows)
    {
        var table = new HtmlTable("Offset", "Bytes", "Field", "Type", "Wire", "Value", "Explanation") { Caption = summary };
        foreach (var row in rows)
        {
            var chunks = Chunks(row.Bytes);
            var indent = new string(' ', row.Depth * 2);
            table.AddRow(Number(row.Offset), chunks[0].Text, indent + row.Field, row.Type, row.Wire, Shorten(row.Value), row.Explanation);
            foreach (var chunk in chunks.Skip(1))
            {
                table.AddRow(Number(row.Offset + chunk.Start), chunk.Text, "", "", "", "", "");
            }
        }

        return table + "\n";
    }

    private static List<(int Start, string Text)> Chunks(ReadOnlyMemory<byte> bytes)
    {
        var chunks = new List<(int Start, string Text)>();
        for (var start = 0; start < bytes.Length; start += BytesPerLine)
        {
            var count = Math.Min(BytesPerLine, bytes.Length - start);
            chunks.Add((start, Hex.Format(bytes.Span.Slice(start, count))));
        }

        if (chunks.Count == 0)
        {
            chunks.Add((0, ""));
        }

        return chunks;
    }

    private static string Shorten(string value) =>
        value.Length <= MaxValueWidth ? value : string.Concat(value.AsSpan(0, MaxValueWidth - 3), "...");

    // Offsets are written without thousands separators, like the offsets in error messages.
    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
