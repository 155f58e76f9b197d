namespace Performance.Core.Results;

/// <summary>How the transport part of the suite was run.</summary>
/// <param name="DurationSeconds">Intended length of each measured h2load round: its request count is the warm-up's rate times this.</param>
/// <param name="Rounds">Measured rounds per protocol and configuration, interleaved A B B A.</param>
/// <param name="WarmupSeconds">Seconds of the separate h2load warm-up run before each measured run.</param>
/// <param name="H2loadThreads">h2load worker threads.</param>
/// <param name="StreamingRepetitions">Measured repetitions of each streaming download.</param>
/// <param name="Setup">Free-text description of the set-up: CPU pinning, GC mode, server options.</param>
public sealed record RunSettings(
    int DurationSeconds,
    int Rounds,
    int WarmupSeconds,
    int H2loadThreads,
    int StreamingRepetitions,
    string Setup);
