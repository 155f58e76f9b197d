using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// Writes a notebook's JSON the way VS Code's Jupyter serializer saves it: the keys of every object sorted
/// (ordinal, as JavaScript's default sort), then <c>JSON.stringify</c> with the file's indentation, which keeps
/// non-ASCII text as is, writes empty arrays and objects as <c>[]</c> and <c>{}</c> and escapes only what JSON
/// requires; <c>\n</c> line ends and a final newline.
/// </summary>
internal static class NotebookJsonWriter
{
    /// <summary>Serializes <paramref name="node"/> in the given <paramref name="style"/>.</summary>
    public static string Write(JsonNode? node, JsonTextStyle style)
    {
        var builder = new StringBuilder();
        WriteNode(builder, node, style, depth: 0);
        builder.Append('\n');
        return builder.ToString();
    }

    private static void WriteNode(StringBuilder builder, JsonNode? node, JsonTextStyle style, int depth)
    {
        switch (node)
        {
            case null:
                builder.Append("null");
                break;
            case JsonObject obj:
                WriteObject(builder, obj, style, depth);
                break;
            case JsonArray array:
                WriteArray(builder, array, style, depth);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                WriteString(builder, value.GetValue<string>());
                break;
            default:
                builder.Append(node.ToJsonString());
                break;
        }
    }

    private static void WriteObject(StringBuilder builder, JsonObject obj, JsonTextStyle style, int depth)
    {
        if (obj.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        builder.Append('{');
        var first = true;
        foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                builder.Append(',');
            }

            first = false;
            NewLine(builder, style, depth + 1);
            WriteString(builder, key);
            builder.Append(": ");
            WriteNode(builder, value, style, depth + 1);
        }

        NewLine(builder, style, depth);
        builder.Append('}');
    }

    private static void WriteArray(StringBuilder builder, JsonArray array, JsonTextStyle style, int depth)
    {
        if (array.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        builder.Append('[');
        for (var i = 0; i < array.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            NewLine(builder, style, depth + 1);
            WriteNode(builder, array[i], style, depth + 1);
        }

        NewLine(builder, style, depth);
        builder.Append(']');
    }

    private static void NewLine(StringBuilder builder, JsonTextStyle style, int depth)
    {
        builder.Append('\n');
        for (var i = 0; i < depth; i++)
        {
            builder.Append(style.Indent);
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }
}
