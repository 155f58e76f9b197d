namespace Performance.LoadClient;

/// <summary>What the load client was asked to do.</summary>
/// <param name="Port">The transport server's port on 127.0.0.1.</param>
/// <param name="DurationSeconds">Intended seconds per measured h2load run: its request count is the warm-up rate times this.</param>
/// <param name="WarmupSeconds">Warm-up seconds before each measured run.</param>
/// <param name="Levels">Concurrency levels to test.</param>
/// <param name="Repetitions">Measured streaming downloads per protocol.</param>
/// <param name="OutputDirectory">Where results.json and results.md go.</param>
/// <param name="WorkDirectory">Where request bodies and h2load logs go.</param>
/// <param name="SerializationFile">The serialization benchmark's output, if it ran.</param>
/// <param name="SuiteStartUnixSeconds">When the whole suite started, to report its runtime; 0 if unknown.</param>
/// <param name="StartLoadAverage">Load averages when the suite started, as in /proc/loadavg.</param>
/// <param name="GitCommit">The checkout's commit.</param>
/// <param name="Parts">Which parts to run: <c>unary</c>, <c>streaming</c>.</param>
/// <param name="Setup">Description of the set-up (pinning, GC), copied into the results.</param>
public sealed record SuiteOptions(
    int Port,
    int DurationSeconds,
    int WarmupSeconds,
    IReadOnlyList<ConcurrencyLevel> Levels,
    int Repetitions,
    DirectoryInfo OutputDirectory,
    DirectoryInfo WorkDirectory,
    FileInfo? SerializationFile,
    long SuiteStartUnixSeconds,
    string? StartLoadAverage,
    string? GitCommit,
    IReadOnlyList<string> Parts,
    string Setup)
{
    /// <summary>The server's base address.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
}
