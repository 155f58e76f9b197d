namespace NotebookRunner.Tests;

/// <summary>What an nbrun invocation returned and printed.</summary>
internal sealed record NbrunResult(int ExitCode, string Output, string Error)
{
    /// <summary>Both streams, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
