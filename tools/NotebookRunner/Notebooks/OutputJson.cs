using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>The output objects VS Code's Jupyter serializer writes for the outputs of a .NET Interactive cell.</summary>
internal static class OutputJson
{
    /// <summary>
    /// A <c>stream</c> output made of consecutive writes to one stream. VS Code keeps such writes as one output
    /// whose items it compresses into one text before saving, so the text is the writes joined, stored as a list
    /// of lines that each keep their <c>\n</c>.
    /// </summary>
    public static JsonObject Stream(string name, IEnumerable<string> writes) => new()
    {
        ["name"] = name,
        ["output_type"] = "stream",
        ["text"] = MultilineText.ToLines(string.Concat(writes)),
    };

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
