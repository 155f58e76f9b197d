using System.Text;
using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>
/// Collects one cell's outputs in the order they happen: console text (consecutive writes to the same
/// stream are merged, as VS Code shows them), displayed values, the trailing value and errors.
/// Thread-safe: background tasks started by the cell may write while it runs.
/// </summary>
internal sealed class OutputRecorder
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];
    private bool _closed;

    /// <summary>Whether the cell has finished; later writes are dropped.</summary>
    public bool IsClosed
    {
        get
        {
            lock (_gate)
            {
                return _closed;
            }
        }
    }

    /// <summary>Whether an error was recorded.</summary>
    public bool HasError
    {
        get
        {
            lock (_gate)
            {
                return _entries.Any(e => e.Kind == EntryKind.Error);
            }
        }
    }

    /// <summary>Appends console text to the <c>stdout</c> or <c>stderr</c> stream.</summary>
    public void WriteStream(string name, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            if (_entries.Count > 0 && _entries[^1] is { Kind: EntryKind.Stream } last && last.StreamName == name)
            {
                last.Text.Append(text);
                return;
            }

            var entry = new Entry(EntryKind.Stream) { StreamName = name };
            entry.Text.Append(text);
            _entries.Add(entry);
        }
    }

    /// <summary>Records a displayed value and returns its id, for updates.</summary>
    public int AddDisplay(IReadOnlyList<FormattedValue> values)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return -1;
            }

            _entries.Add(new Entry(EntryKind.Display) { Values = values });
            return _entries.Count - 1;
        }
    }

    /// <summary>Replaces a displayed value in place, as <c>DisplayedValue.Update</c> does.</summary>
    public void UpdateDisplay(int id, IReadOnlyList<FormattedValue> values)
    {
        lock (_gate)
        {
            if (!_closed && id >= 0 && id < _entries.Count)
            {
                _entries[id].Values = values;
            }
        }
    }

    /// <summary>Records the value of the cell's trailing expression.</summary>
    public void AddReturnValue(IReadOnlyList<FormattedValue> values)
    {
        lock (_gate)
        {
            _entries.Add(new Entry(EntryKind.ReturnValue) { Values = values });
        }
    }

    /// <summary>Records an error message.</summary>
    public void AddError(string message)
    {
        lock (_gate)
        {
            var entry = new Entry(EntryKind.Error);
            entry.Text.Append(message);
            _entries.Add(entry);
        }
    }

    /// <summary>Stops recording: later writes from background tasks are dropped.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
        }
    }

    /// <summary>The outputs as nbformat JSON.</summary>
    public JsonArray ToJson(int executionCount)
    {
        lock (_gate)
        {
            var outputs = new JsonArray();
            foreach (var entry in _entries)
            {
                outputs.Add(entry.Kind switch
                {
                    EntryKind.Stream => OutputJson.Stream(entry.StreamName!, entry.Text.ToString()),
                    EntryKind.Display => OutputJson.DisplayData(Data(entry)),
                    EntryKind.ReturnValue => OutputJson.ExecuteResult(Data(entry), executionCount),
                    _ => OutputJson.Error(entry.Text.ToString()),
                });
            }

            return outputs;
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Data(Entry entry) =>
        entry.Values!.Select(v => KeyValuePair.Create(v.MimeType, v.Value));

    private enum EntryKind
    {
        Stream,
        Display,
        ReturnValue,
        Error,
    }

    private sealed class Entry(EntryKind kind)
    {
        public EntryKind Kind { get; } = kind;

        public string? StreamName { get; init; }

        public StringBuilder Text { get; } = new();

        public IReadOnlyList<FormattedValue>? Values { get; set; }
    }
}
