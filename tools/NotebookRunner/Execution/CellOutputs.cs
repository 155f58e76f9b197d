using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>
/// Turns the kernel's events for one cell into the outputs VS Code saves after running the cell with Polyglot
/// Notebooks. Polyglot makes a VS Code output per event (appending standard output or error text to the previous
/// output when that one is the same stream, and replacing an earlier output when a display is updated), and VS
/// Code's Jupyter serializer writes those outputs to the <c>.ipynb</c>: streams as <c>stream</c>, every value,
/// the cell's result included, as <c>display_data</c>, and failures as <c>error</c> named "Error".
/// </summary>
internal sealed class CellOutputs(NotebookOutputIds ids)
{
    private const string StandardOutputMimeType = "application/vnd.code.notebook.stdout";
    private const string StandardErrorMimeType = "application/vnd.code.notebook.stderr";
    private const string ErrorMimeType = "application/vnd.code.notebook.error";

    private readonly List<Output> _outputs = [];

    /// <summary>Records one event of the cell's submission.</summary>
    public void Add(KernelEvent kernelEvent)
    {
        switch (kernelEvent)
        {
            case StandardOutputValueProduced stdout:
                Apply(new Output(ids.Next(), [.. stdout.FormattedValues.Select(v => new Item(StandardOutputMimeType, v.Value))]));
                break;
            case StandardErrorValueProduced stderr:
                Apply(new Output(ids.Next(), [.. stderr.FormattedValues.Select(v => new Item(StandardErrorMimeType, v.Value))]));
                break;
            case ErrorProduced error:
                AddError(error.Message);
                break;
            case DisplayEvent display:
                Apply(new Output(display.ValueId ?? ids.Next(), [.. display.FormattedValues.Select(v => new Item(v.MimeType, v.Value))]));
                break;
            case CommandFailed failed:
                AddError(failed.Message);
                break;
        }
    }

    /// <summary>Adds an error output with <paramref name="message"/> (as Polyglot does for a failed command).</summary>
    public void AddError(string message) =>
        Apply(new Output(ids.Next(), [new Item(ErrorMimeType, message)]));

    /// <summary>The message of the last error output, if any.</summary>
    public string? LastError => _outputs.LastOrDefault(o => o.IsError)?.Items[0].Value;

    /// <summary>The outputs as nbformat JSON, as VS Code's serializer writes them.</summary>
    public JsonArray ToJson() => [.. _outputs.Select(ToJson)];

    private void Apply(Output output)
    {
        if (ids.IsTracked(output.Id))
        {
            // An update of a display: it replaces the output with that id.
            var index = _outputs.FindIndex(o => o.Id == output.Id);
            if (index >= 0)
            {
                _outputs[index] = output;
            }

            return;
        }

        if (_outputs.Count > 0 && output.Items.Count == 1 && _outputs[^1].Items.Count > 0
            && _outputs[^1].Items[^1].MimeType is StandardOutputMimeType or StandardErrorMimeType
            && _outputs[^1].Items[^1].MimeType == output.Items[0].MimeType)
        {
            _outputs[^1].Items.Add(output.Items[0]);
            return;
        }

        ids.Track(output.Id);
        _outputs.Add(output);
    }

    private static JsonObject ToJson(Output output)
    {
        if (output.IsError)
        {
            return OutputJson.Error("Error", output.Items[0].Value);
        }

        if (output.Items.All(i => i.MimeType is StandardOutputMimeType or StandardErrorMimeType))
        {
            var name = output.Items.Count > 0 && output.Items[0].MimeType == StandardErrorMimeType ? "stderr" : "stdout";
            return OutputJson.Stream(name, output.Items.Select(i => i.Value));
        }

        var data = new JsonObject();
        foreach (var item in output.Items)
        {
            data[item.MimeType] = Convert(item.MimeType, item.Value);
        }

        return OutputJson.DisplayData(data);
    }

    // As VS Code stores a value of each MIME type: text as a list of lines, JSON parsed, anything else as is.
    private static JsonNode? Convert(string mimeType, string value)
    {
        if (mimeType.StartsWith("text/", StringComparison.Ordinal))
        {
            return MultilineText.ToLines(value);
        }

        if (!mimeType.StartsWith("image/", StringComparison.Ordinal) && mimeType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return value.Length > 0 ? JsonNode.Parse(value) : value;
            }
            catch (JsonException)
            {
                return string.Empty;
            }
        }

        return value;
    }

    private sealed record Item(string MimeType, string Value);

    private sealed record Output(string Id, List<Item> Items)
    {
        public bool IsError => Items.Count == 1 && Items[0].MimeType == ErrorMimeType;
    }
}
