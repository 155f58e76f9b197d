using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// Builds output objects in the shapes Polyglot Notebooks (through VS Code's ipynb serializer) stores:
/// keys in alphabetical order, text as lists of lines, <c>metadata</c> always present on data outputs.
/// </summary>
internal static class OutputJson
{
    /// <summary>A <c>stream</c> output: console text for <c>stdout</c> or <c>stderr</c>.</summary>
    public static JsonObject Stream(string name, string text) => new()
    {
        ["name"] = name,
        ["output_type"] = "stream",
        ["text"] = MultilineText.ToLines(text),
    };

    /// <summary>A <c>display_data</c> output: a value passed to <c>display()</c>.</summary>
    public static JsonObject DisplayData(IEnumerable<KeyValuePair<string, string>> data) => new()
    {
        ["data"] = Data(data),
        ["metadata"] = new JsonObject(),
        ["output_type"] = "display_data",
    };

    /// <summary>An <c>execute_result</c> output: the value of the cell's trailing expression.</summary>
    public static JsonObject ExecuteResult(IEnumerable<KeyValuePair<string, string>> data, int executionCount) => new()
    {
        ["data"] = Data(data),
        ["execution_count"] = executionCount,
        ["metadata"] = new JsonObject(),
        ["output_type"] = "execute_result",
    };

    /// <summary>
    /// An <c>error</c> output. Polyglot names every failure "Error", puts the kernel's message in
    /// <c>evalue</c> and, as VS Code does for .NET errors, the same message as the traceback lines.
    /// </summary>
    public static JsonObject Error(string message)
    {
        var traceback = new JsonArray();
        foreach (var line in message.Split('\n'))
        {
            traceback.Add(line);
        }

        return new JsonObject
        {
            ["ename"] = "Error",
            ["evalue"] = message,
            ["output_type"] = "error",
            ["traceback"] = traceback,
        };
    }

    private static JsonObject Data(IEnumerable<KeyValuePair<string, string>> data)
    {
        var result = new JsonObject();
        foreach (var (mimeType, value) in data.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            result[mimeType] = MultilineText.ToLines(value);
        }

        return result;
    }
}
