namespace UserService.Testing;

/// <summary>What a finished process left behind.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Everything written to standard output.</param>
/// <param name="Error">Everything written to standard error.</param>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    /// <summary>Gets the non-empty lines of standard output.</summary>
    public IReadOnlyList<string> OutputLines => SplitLines(Output);

    /// <summary>Gets the non-empty lines of standard error.</summary>
    public IReadOnlyList<string> ErrorLines => SplitLines(Error);

    /// <inheritdoc />
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";

    private static string[] SplitLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
