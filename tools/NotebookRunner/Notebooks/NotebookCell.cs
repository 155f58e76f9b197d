using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// One cell of a notebook: a view over its JSON object, so that every key the runner does not own
/// (id, metadata, attachments...) is kept exactly as it was.
/// </summary>
internal sealed class NotebookCell
{
    /// <summary>Tag that marks a cell whose outputs change from run to run (checked for presence only).</summary>
    public const string NondeterministicTag = "nondeterministic";

    /// <summary>The tag nbval uses for the same purpose, accepted as an alias.</summary>
    public const string NbvalIgnoreOutputTag = "nbval-ignore-output";

    /// <summary>Tag that marks a cell expected to fail (as in nbval): its error is its expected output.</summary>
    public const string RaisesExceptionTag = "raises-exception";

    private readonly JsonObject _json;

    /// <summary>Creates a view over the JSON object of the cell at <paramref name="index"/> (0-based).</summary>
    public NotebookCell(JsonObject json, int index)
    {
        _json = json;
        Index = index;
    }

    /// <summary>The 0-based position of the cell in the notebook.</summary>
    public int Index { get; }

    /// <summary>The 1-based number shown to people.</summary>
    public int Number => Index + 1;

    /// <summary>The nbformat 4.5 cell id, if any.</summary>
    public string? Id => _json["id"]?.GetValue<string>();

    /// <summary>"code", "markdown" or "raw".</summary>
    public string CellType => _json["cell_type"]?.GetValue<string>() ?? string.Empty;

    /// <summary>Whether this is a code cell.</summary>
    public bool IsCode => CellType == "code";

    /// <summary>The source text, joined.</summary>
    public string Source => MultilineText.Read(_json["source"]);

    /// <summary>The cell's metadata object (never null).</summary>
    public JsonObject Metadata => _json["metadata"] as JsonObject ?? [];

    /// <summary>Human-readable label naming the cell, e.g. <c>cell 3 (id 7f2c)</c>.</summary>
    public string Label => Id is null ? $"cell {Number}" : $"cell {Number} (id {Id})";

    /// <summary>The cell's tags (<c>metadata.tags</c>).</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags
            ? [.. tags.Select(t => t?.GetValue<string>() ?? string.Empty)]
            : [];

    /// <summary>Whether the cell's outputs are only checked for presence and absence of errors.</summary>
    public bool IsNondeterministic =>
        Tags.Contains(NondeterministicTag) || Tags.Contains(NbvalIgnoreOutputTag);

    /// <summary>Whether the cell is expected to end with an error.</summary>
    public bool RaisesException => Tags.Contains(RaisesExceptionTag);

    /// <summary>
    /// The kernel named by the cell itself: <c>metadata.polyglot_notebook.kernelName</c>, or the older
    /// <c>metadata.dotnet_interactive.language</c>; null when the cell does not say.
    /// </summary>
    public string? KernelName =>
        (Metadata["polyglot_notebook"] as JsonObject)?["kernelName"]?.GetValue<string>()
        ?? (Metadata["dotnet_interactive"] as JsonObject)?["language"]?.GetValue<string>();

    /// <summary>Whether the cell carries attachments (images pasted into a markdown cell).</summary>
    public bool HasAttachments => _json["attachments"] is JsonObject { Count: > 0 };

    /// <summary>The stored outputs (an empty list for cells without outputs).</summary>
    public JsonArray Outputs => _json["outputs"] as JsonArray ?? [];

    /// <summary>The stored execution count, or null.</summary>
    public int? ExecutionCount => _json["execution_count"] is JsonValue v ? v.GetValue<int>() : null;

    /// <summary>Replaces the outputs and the execution count, keeping the position of both keys.</summary>
    public void SetOutputs(JsonArray outputs, int? executionCount)
    {
        _json["execution_count"] = executionCount is { } count ? JsonValue.Create(count) : null;
        _json["outputs"] = outputs;
    }
}
