namespace NotebookRunner.Execution;

/// <summary>
/// The output ids of one notebook session, as Polyglot Notebooks numbers and tracks them: a display's own value id
/// or the next number, and the set of ids already shown (a later event with such an id updates that output).
/// </summary>
internal sealed class NotebookOutputIds
{
    private readonly HashSet<string> _tracked = new(StringComparer.Ordinal);
    private int _next;

    /// <summary>The next generated id.</summary>
    public string Next() => (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether an output with <paramref name="id"/> was already shown.</summary>
    public bool IsTracked(string id) => _tracked.Contains(id);

    /// <summary>Records that an output with <paramref name="id"/> is shown.</summary>
    public void Track(string id) => _tracked.Add(id);
}
