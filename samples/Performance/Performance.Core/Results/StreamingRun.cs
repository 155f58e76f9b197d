namespace Performance.Core.Results;

/// <summary>Repeated downloads of every user through one protocol.</summary>
/// <param name="Protocol"><c>grpc-stream</c> (ListUsers) or <c>json-array</c> (GET /api/users).</param>
/// <param name="Users">Users received per download.</param>
/// <param name="WireBytes">Body bytes per download (gRPC framing or JSON text).</param>
/// <param name="Seconds">Wall time of each measured download, from request to last user parsed.</param>
/// <param name="MedianSeconds">Median of <paramref name="Seconds"/>.</param>
/// <param name="UsersPerSecond">Users divided by the median time.</param>
/// <param name="MegabytesPerSecond">Wire megabytes (10^6 bytes) divided by the median time.</param>
/// <param name="ServerCpuMilliseconds">Median server CPU time per download.</param>
/// <param name="ClientCpuMilliseconds">Median client CPU time per download.</param>
/// <param name="OtherCpuMilliseconds">Median CPU time used by everything else on the machine during a download (10 ms resolution); near 0 means undisturbed.</param>
public sealed record StreamingRun(
    string Protocol,
    int Users,
    long WireBytes,
    IReadOnlyList<double> Seconds,
    double MedianSeconds,
    double UsersPerSecond,
    double MegabytesPerSecond,
    double ServerCpuMilliseconds,
    double ClientCpuMilliseconds,
    double OtherCpuMilliseconds);
