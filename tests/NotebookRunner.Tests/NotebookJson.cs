using System.Text.Json.Nodes;

namespace NotebookRunner.Tests;

/// <summary>Builds and reads notebook JSON in tests.</summary>
internal static class NotebookJson
{
    /// <summary>A Polyglot notebook with one C# code cell per source.</summary>
    public static string Create(params string[] cells)
    {
        var cellArray = new JsonArray();
        for (var i = 0; i < cells.Length; i++)
        {
            cellArray.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["id"] = $"cell-{i}",
                ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
                ["outputs"] = new JsonArray(),
                ["source"] = cells[i],
            });
        }

        var notebook = new JsonObject
        {
            ["cells"] = cellArray,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject { ["defaultKernelName"] = "csharp", ["items"] = new JsonArray() },
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        return notebook.ToJsonString() + "\n";
    }

    /// <summary>The outputs of the code cell at <paramref name="index"/> (0-based among all cells).</summary>
    public static JsonArray Outputs(string path, int index) =>
        JsonNode.Parse(File.ReadAllText(path))!["cells"]![index]!["outputs"]!.AsArray();

    /// <summary>The concatenated text/plain, stream text or error value of a cell's outputs.</summary>
    public static string Text(string path, int index) =>
        string.Join("\n", Outputs(path, index).Select(OutputText));

    /// <summary>The text of one output.</summary>
    public static string OutputText(JsonNode? output) =>
        output?["output_type"]?.GetValue<string>() switch
        {
            "stream" => Join(output["text"]),
            "error" => output["evalue"]!.GetValue<string>(),
            _ => Join(output?["data"]?["text/plain"]),
        };

    /// <summary>The text/html of a cell's first output.</summary>
    public static string Html(JsonNode cell) => Join(cell["outputs"]?[0]?["data"]?["text/html"]);

    private static string Join(JsonNode? lines) =>
        lines is JsonArray array ? string.Concat(array.Select(l => l!.GetValue<string>())) : lines?.GetValue<string>() ?? string.Empty;
}
