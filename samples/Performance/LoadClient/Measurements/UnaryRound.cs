using Performance.LoadClient.H2load;

namespace Performance.LoadClient.Measurements;

/// <summary>One measured h2load run and what the server did during it.</summary>
/// <param name="Output">h2load's summary.</param>
/// <param name="LatencyMicroseconds">Per-request latencies from h2load's log.</param>
/// <param name="ServerCpu">Server CPU time used during the run.</param>
/// <param name="MachineCpu">CPU time the whole machine used during the run.</param>
/// <param name="StatusOk">Calls the server counted as ended well.</param>
/// <param name="StatusFailed">Calls the server counted as ended badly.</param>
/// <param name="Aborted">Calls the server saw abandoned.</param>
public sealed record UnaryRound(
    H2loadOutput Output,
    List<long> LatencyMicroseconds,
    TimeSpan ServerCpu,
    TimeSpan MachineCpu,
    long StatusOk,
    long StatusFailed,
    long Aborted);
