using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>Reads <c>.ipynb</c> files, turning every input problem into a one-line <see cref="NotebookException"/>.</summary>
internal static class NotebookReader
{
    /// <summary>Reads and parses the notebook at <paramref name="path"/>.</summary>
    public static Notebook Read(string path)
    {
        var displayPath = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        if (!File.Exists(path))
        {
            throw new NotebookException($"{displayPath}: file not found.");
        }

        var text = File.ReadAllText(path);
        return Parse(text, path, displayPath);
    }

    /// <summary>Parses notebook JSON read from <paramref name="path"/>.</summary>
    public static Notebook Parse(string text, string path, string displayPath)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line
                ? $" at line {line + 1}, position {e.BytePositionInLine + 1}"
                : string.Empty;
            throw new NotebookException($"{displayPath}: malformed JSON{where}.");
        }

        if (node is not JsonObject root)
        {
            throw new NotebookException($"{displayPath}: not a notebook (the JSON is not an object).");
        }

        if (root["nbformat"] is not JsonValue format || format.GetValueKind() != JsonValueKind.Number
            || format.GetValue<int>() != 4)
        {
            throw new NotebookException($"{displayPath}: not an nbformat 4 notebook.");
        }

        if (root["cells"] is not JsonArray cells || cells.Any(c => c is not JsonObject))
        {
            throw new NotebookException($"{displayPath}: not a notebook (no list of cells).");
        }

        return new Notebook(path, root, JsonTextStyle.Detect(text));
    }
}
