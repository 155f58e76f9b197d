namespace NotebookRunner.Commands;

/// <summary>The process exit codes of nbrun.</summary>
internal static class ExitCodes
{
    /// <summary>Every notebook ran (and matched, for check; exported, for export).</summary>
    public const int Success = 0;

    /// <summary>A cell failed or timed out, outputs differ, a notebook is invalid nbformat 4.5, or an export failed.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: missing file, malformed JSON, a non-C# or unknown-language cell, an unsupported directive, bad options.</summary>
    public const int InvalidInput = 2;

    /// <summary>Stopped by Ctrl+C (or SIGTERM); the notebook being run was left untouched.</summary>
    public const int Cancelled = 130;

    /// <summary>The more serious of two exit codes.</summary>
    public static int Worst(int a, int b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(int code) => code switch
    {
        Success => 0,
        Failed => 1,
        InvalidInput => 2,
        _ => 3,
    };
}
