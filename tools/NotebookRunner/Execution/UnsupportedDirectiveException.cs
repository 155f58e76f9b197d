namespace NotebookRunner.Execution;

/// <summary>A cell uses a magic command or directive that the runner does not support.</summary>
internal sealed class UnsupportedDirectiveException(string directive, int line, string reason)
    : Exception($"line {line}: {reason}")
{
    /// <summary>The directive as written, e.g. <c>#!time</c>.</summary>
    public string Directive { get; } = directive;

    /// <summary>The 1-based line in the cell.</summary>
    public int Line { get; } = line;
}
