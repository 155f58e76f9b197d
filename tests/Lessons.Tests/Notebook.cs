using System.Text.Json;

namespace Lessons.Tests;

/// <summary>A notebook file read as a list of cells.</summary>
internal sealed class Notebook
{
    private Notebook(string name, IReadOnlyList<NotebookCell> cells)
    {
        Name = name;
        Cells = cells;
    }

    public string Name { get; }

    public IReadOnlyList<NotebookCell> Cells { get; }

    public static Notebook Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cells = new List<NotebookCell>();
        foreach (var cell in document.RootElement.GetProperty("cells").EnumerateArray())
        {
            var tags = cell.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("tags", out var tagArray)
                ? tagArray.EnumerateArray().Select(tag => tag.GetString() ?? "").ToList()
                : [];
            var outputs = cell.TryGetProperty("outputs", out var outputArray)
                ? string.Join("\n", outputArray.EnumerateArray().Select(OutputText))
                : "";
            cells.Add(new NotebookCell(
                cell.GetProperty("id").GetString() ?? "",
                cell.GetProperty("cell_type").GetString() ?? "",
                Text(cell.GetProperty("source")),
                tags,
                outputs));
        }

        return new Notebook(Path.GetFileName(path), cells);
    }

    private static string OutputText(JsonElement output)
    {
        if (output.TryGetProperty("text", out var text))
        {
            return Text(text);
        }

        if (output.TryGetProperty("data", out var data))
        {
            return string.Join("\n", data.EnumerateObject().Select(entry => Text(entry.Value)));
        }

        return output.TryGetProperty("evalue", out var error) ? error.GetString() ?? "" : "";
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Concat(value.EnumerateArray().Select(line => line.GetString())),
        JsonValueKind.String => value.GetString() ?? "",
        _ => value.GetRawText(),
    };
}
