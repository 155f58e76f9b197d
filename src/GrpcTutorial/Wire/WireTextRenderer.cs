using System.Globalization;
using System.Text;

namespace GrpcTutorial.Wire;

/// <summary>Renders rows as a fixed-width plain-text table; long byte runs wrap onto continuation lines.</summary>
internal static class WireTextRenderer
{
    private const int BytesPerLine = 8;
    private const int MaxValueWidth = 40;
    private static readonly string[] s_headers = ["Offset", "Bytes", "Field", "Type", "Wire", "Value", "Explanation"];

    public static string Render(string summary, IReadOnlyList<WireRow> rows)
    {
        var lines = new List<string[]>();
        foreach (var row in rows)
        {
            var chunks = Chunks(row.Bytes);
            var indent = new string(' ', row.Depth * 2);
            lines.Add([Number(row.Offset), chunks[0].Text, indent + row.Field, row.Type, row.Wire, Shorten(row.Value), row.Explanation]);
            foreach (var chunk in chunks.Skip(1))
            {
                lines.Add([Number(row.Offset + chunk.Start), chunk.Text, "", "", "", "", ""]);
            }
        }

        var widths = new int[s_headers.Length];
        foreach (var cells in lines.Prepend(s_headers))
        {
            for (var i = 0; i < cells.Length; i++)
            {
                widths[i] = Math.Max(widths[i], cells[i].Length);
            }
        }

        var text = new StringBuilder().Append(summary).Append('\n');
        AppendLine(text, s_headers, widths);
        AppendLine(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var cells in lines)
        {
            AppendLine(text, cells, widths);
        }

        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            line.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
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

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
