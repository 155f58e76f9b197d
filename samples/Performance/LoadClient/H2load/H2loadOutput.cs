namespace Performance.LoadClient.H2load;

/// <summary>The summary lines of one h2load run.</summary>
/// <param name="Seconds">The run's length ("finished in").</param>
/// <param name="RequestsPerSecond">h2load's requests per second.</param>
/// <param name="Done">Requests completed.</param>
/// <param name="Succeeded">Requests answered with a 2xx status.</param>
/// <param name="Failed">Requests that failed.</param>
/// <param name="Errored">Requests that errored.</param>
/// <param name="DataBytes">Response body bytes received ("traffic: ... data").</param>
/// <param name="CpuSeconds">h2load's own CPU time (user + system), or 0 if it was not measured.</param>
public sealed record H2loadOutput(
    double Seconds,
    double RequestsPerSecond,
    long Done,
    long Succeeded,
    long Failed,
    long Errored,
    long DataBytes,
    double CpuSeconds = 0);
