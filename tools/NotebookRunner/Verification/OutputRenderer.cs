using System.Text.Json;
using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Verification;

/// <summary>
/// Renders a cell's outputs as lines of text, for comparison and for readable diffs. Line endings are
/// normalized and output metadata is ignored. For errors, the kind and message are compared but not the
/// stack frames (<c>at ...</c> lines), which carry machine-specific paths.
/// </summary>
internal static class OutputRenderer
{
    /// <summary>The lines that stand for the outputs (and execution count) of <paramref name="cell"/>.</summary>
    public static IReadOnlyList<string> Render(NotebookCell cell)
    {
        var lines = new List<string> { $"execution_count: {cell.ExecutionCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}" };
        foreach (var output in cell.Outputs.OfType<JsonObject>())
        {
            var type = output["output_type"]?.GetValue<string>() ?? "?";
            switch (type)
            {
                case "stream":
                    lines.Add($"[stream {output["name"]?.GetValue<string>()}]");
                    AddText(lines, MultilineText.Read(output["text"]));
                    break;
                case "error":
                    lines.Add($"[error {output["ename"]?.GetValue<string>()}]");
                    AddText(lines, WithoutStackFrames(output["evalue"]?.GetValue<string>() ?? string.Empty));
                    break;
                case "display_data" or "execute_result":
                    var count = output["execution_count"] is JsonValue v ? $" {v.ToJsonString()}" : string.Empty;
                    lines.Add($"[{type}{count}]");
                    foreach (var (mimeType, value) in (output["data"] as JsonObject ?? []).OrderBy(d => d.Key, StringComparer.Ordinal))
                    {
                        lines.Add($"{mimeType}:");
                        var isText = value is JsonArray || value?.GetValueKind() == JsonValueKind.String;
                        AddText(lines, isText ? MultilineText.Read(value) : value?.ToJsonString() ?? "null");
                    }

                    break;
                default:
                    lines.Add($"[{type}]");
                    AddText(lines, output.ToJsonString());
                    break;
            }
        }

        return lines;
    }

    /// <summary>Whether the outputs contain an error.</summary>
    public static bool HasError(NotebookCell cell) =>
        cell.Outputs.OfType<JsonObject>().Any(o => o["output_type"]?.GetValue<string>() == "error");

    private static void AddText(List<string> lines, string text)
    {
        foreach (var line in text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            lines.Add("  " + line);
        }
    }

    private static string WithoutStackFrames(string message) =>
        string.Join('\n', message.ReplaceLineEndings("\n").Split('\n')
            .Where(l => !l.StartsWith("   at ", StringComparison.Ordinal) && !l.StartsWith("--- End of", StringComparison.Ordinal)));
}
