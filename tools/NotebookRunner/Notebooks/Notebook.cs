using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// A Jupyter notebook (nbformat 4) as a view over its JSON document: the runner changes cell outputs and
/// execution counts, and leaves everything else, known or not, as it found it.
/// </summary>
internal sealed class Notebook
{
    private readonly JsonObject _root;

    /// <summary>Creates a notebook from its parsed JSON.</summary>
    public Notebook(string path, JsonObject root, JsonTextStyle style)
    {
        Path = System.IO.Path.GetFullPath(path);
        _root = root;
        Style = style;
        var cells = root["cells"] as JsonArray ?? [];
        Cells = [.. cells.Select((c, i) => new NotebookCell(c as JsonObject ?? [], i))];
    }

    /// <summary>The absolute path of the notebook file.</summary>
    public string Path { get; }

    /// <summary>The path relative to the current directory, for messages.</summary>
    public string DisplayPath => System.IO.Path.GetRelativePath(Environment.CurrentDirectory, Path);

    /// <summary>The folder of the notebook: its cells run with this as working directory.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The layout the file is written back with.</summary>
    public JsonTextStyle Style { get; }

    /// <summary>The cells, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The JSON document.</summary>
    public JsonObject Root => _root;

    /// <summary>
    /// The kernel for cells that do not name one: <c>metadata.polyglot_notebook.kernelInfo.defaultKernelName</c>,
    /// else the language of <c>metadata.kernelspec</c>; null when the notebook does not say.
    /// </summary>
    public string? DefaultKernelName
    {
        get
        {
            var metadata = _root["metadata"] as JsonObject;
            var kernelInfo = (metadata?["polyglot_notebook"] as JsonObject)?["kernelInfo"] as JsonObject;
            return kernelInfo?["defaultKernelName"]?.GetValue<string>()
                ?? (metadata?["kernelspec"] as JsonObject)?["language"]?.GetValue<string>();
        }
    }

    /// <summary>Serializes the notebook in its original style.</summary>
    public string ToJson() => NotebookJsonWriter.Write(_root, Style);

    /// <summary>A deep copy, to execute without touching this one.</summary>
    public Notebook Clone() => new(Path, (JsonObject)_root.DeepClone(), Style);
}
