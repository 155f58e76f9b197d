using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>The output objects VS Code's Jupyter serializer writes for the outputs of a .NET Interactive cell.</summary>
internal static class OutputJson
{
    /// <summary>
    /// A <c>stream</c> output made of the texts of consecutive writes, split into lines exactly as VS Code does it
    /// (each write's text is split at <c>\n</c>; its first piece continues the previous line only when non-empty).
    /// </summary>
    public static JsonObject Stream(string name, IEnumerable<string> writes)
    {
        var lines = new List<string>();
        foreach (var text in writes)
        {
            var pieces = text.Split('\n');
            var start = 0;
            if (lines.Count > 0 && pieces[0].Length > 0)
            {
                lines[^1] += pieces[0];
                start = 1;
            }

            lines.AddRange(pieces.Skip(start));
        }

        for (var i = 0; i < lines.Count - 1; i++)
        {
            lines[i] += "\n";
        }

        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return new JsonObject
        {
            ["name"] = name,
            ["output_type"] = "stream",
            ["text"] = new JsonArray([.. lines.Select(l => (JsonNode)l)]),
        };
    }

    /// <summary>A <c>display_data</c> output (VS Code saves every .NET value this way, a cell's result included).</summary>
    public static JsonObject DisplayData(JsonObject data) => new()
    {
        ["data"] = data,
        ["metadata"] = new JsonObject(),
        ["output_type"] = "display_data",
    };

    /// <summary>An <c>error</c> output: the message, and the same message split into lines as the traceback.</summary>
    public static JsonObject Error(string name, string message) => new()
    {
        ["ename"] = name,
        ["evalue"] = message,
        ["output_type"] = "error",
        ["traceback"] = MultilineText.ToLines(message),
    };
}
