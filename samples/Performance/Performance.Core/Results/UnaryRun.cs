namespace Performance.Core.Results;

/// <summary>One unary endpoint at one response size and concurrency level: the sum of its measured h2load rounds.</summary>
/// <param name="Protocol"><c>grpc</c> (POST GetUser), <c>rest-post</c> (POST /api/users/get) or <c>rest-get</c> (GET /api/users/{id}).</param>
/// <param name="Payload">Response size name, from <c>TransportPayloads</c>.</param>
/// <param name="Clients">h2load connections (-c).</param>
/// <param name="StreamsPerClient">Concurrent streams per connection (-m).</param>
/// <param name="Succeeded">Requests h2load counted as succeeded (HTTP 2xx) in the measured rounds.</param>
/// <param name="Failed">Requests h2load counted as failed or errored.</param>
/// <param name="RequestsPerSecond">Requests completed in all rounds divided by the rounds' total time.</param>
/// <param name="RoundRequestsPerSecond">h2load's requests per second in each round, to show the spread.</param>
/// <param name="ResponseBodyBytes">Response body bytes per request (h2load's data traffic divided by requests).</param>
/// <param name="Latency">Latency percentiles.</param>
/// <param name="ServerCpuMicrosecondsPerRequest">Server process CPU time (user + system) per succeeded request.</param>
/// <param name="ServerCpuCores">Average number of cores the server kept busy during the rounds.</param>
/// <param name="ClientCpuCores">Average number of cores h2load itself kept busy (it has one thread, so 1.0 means the load generator was the bottleneck).</param>
/// <param name="OtherCpuCores">Average number of cores that everything else on the machine kept busy (machine busy time from /proc/stat minus server and h2load); near 0 means nothing disturbed the measurement.</param>
/// <param name="StatusOk">Calls the server itself counted as ended well (grpc-status 0, or HTTP 2xx) during the rounds.</param>
/// <param name="StatusFailed">Calls the server counted as ended badly during the rounds.</param>
/// <param name="Aborted">Calls the server saw abandoned by the client during the rounds (expected: 0).</param>
/// <param name="Attempts">1, or 2 when other processes disturbed the first attempt and the configuration was measured again (the less disturbed attempt is reported).</param>
public sealed record UnaryRun(
    string Protocol,
    string Payload,
    int Clients,
    int StreamsPerClient,
    long Succeeded,
    long Failed,
    double RequestsPerSecond,
    IReadOnlyList<double> RoundRequestsPerSecond,
    double ResponseBodyBytes,
    LatencyPercentiles Latency,
    double ServerCpuMicrosecondsPerRequest,
    double ServerCpuCores,
    double ClientCpuCores,
    double OtherCpuCores,
    long StatusOk,
    long StatusFailed,
    long Aborted,
    int Attempts)
{
    /// <summary>Concurrent requests in flight: clients times streams per client.</summary>
    public int Concurrency => Clients * StreamsPerClient;

    /// <summary>Whether the server counted exactly h2load's successes as ending well, and nothing else.</summary>
    public bool StatusVerified => Failed == 0 && StatusFailed == 0 && Aborted == 0 && StatusOk == Succeeded;
}
