using System.Text;
using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// nbformat's "multiline string": a string, or a list of lines that each keep their line terminator.
/// </summary>
internal static class MultilineText
{
    /// <summary>Reads a multiline string (string or list of strings) as one string.</summary>
    public static string Read(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return string.Empty;
            case JsonArray lines:
                var builder = new StringBuilder();
                foreach (var line in lines)
                {
                    builder.Append(line?.GetValue<string>());
                }

                return builder.ToString();
            default:
                return node.GetValue<string>();
        }
    }

    /// <summary>Splits text into the list of lines Jupyter stores, each line keeping its "\n".</summary>
    public static JsonArray ToLines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add(text[start..]);
                break;
            }

            lines.Add(text[start..(end + 1)]);
            start = end + 1;
        }

        return lines;
    }
}
