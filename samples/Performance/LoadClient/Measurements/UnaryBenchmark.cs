using Performance.Core.Data;
using Performance.Core.Results;
using Performance.LoadClient.H2load;

namespace Performance.LoadClient.Measurements;

/// <summary>
/// The unary matrix: for every response size and concurrency level, h2load drives gRPC GetUser
/// and the REST POST with identical settings (plus REST GET for the tiny response, as a reference).
/// <list type="bullet">
/// <item>Each protocol first gets a timed warm-up run, whose rate sets the request count of its
/// measured rounds (about <see cref="SuiteOptions.DurationSeconds"/> each). A fixed count lets every
/// request finish, so the server's grpc-status counts can be matched one for one with h2load's.</item>
/// <item>The measured rounds are interleaved A B B A, and which protocol is A alternates between
/// configurations, so slow drifts of the machine hit both protocols alike.</item>
/// </list>
/// </summary>
/// <param name="options">What to run.</param>
/// <param name="server">The connection to the server.</param>
/// <param name="bodies">The request body files.</param>
/// <param name="log">Progress messages.</param>
public sealed class UnaryBenchmark(SuiteOptions options, ServerConnection server, RequestBodies bodies, Action<string> log)
{
    /// <summary>Measured rounds per protocol and configuration.</summary>
    public const int Rounds = 2;

    private const string Grpc = "grpc";
    private const string RestPost = "rest-post";
    private const string RestGet = "rest-get";

    /// <summary>
    /// Other processes may use at most this many cores during a configuration's rounds; above it,
    /// the configuration is measured once more (see <see cref="MaxRetrySeconds"/>) and the less
    /// disturbed of the two attempts is kept. The choice looks only at the disturbance, never at the result.
    /// </summary>
    public const double DisturbedCores = 0.15;

    /// <summary>Total time the repeats may add, so the suite stays within its time budget.</summary>
    public const int MaxRetrySeconds = 120;

    /// <summary>Runs the matrix.</summary>
    /// <param name="cancellationToken">Stops between runs (and kills h2load).</param>
    /// <returns>One result per protocol, response size and concurrency level.</returns>
    public async Task<List<UnaryRun>> RunAsync(CancellationToken cancellationToken)
    {
        var runs = new List<UnaryRun>();
        var configuration = 0;
        var retryTime = TimeSpan.Zero;
        foreach (var payload in TransportPayloads.All)
        {
            foreach (var level in options.Levels)
            {
                var grpcFirst = configuration++ % 2 == 0;
                var result = await MeasureConfigurationAsync(payload, level, grpcFirst, cancellationToken);
                var disturbance = result.Max(r => r.OtherCpuCores);
                if (disturbance > DisturbedCores && retryTime < TimeSpan.FromSeconds(MaxRetrySeconds))
                {
                    log($"{payload.Name} c={level}: other processes used {disturbance:0.00} cores; measuring again");
                    var stopwatch = System.Diagnostics.Stopwatch.StartNew();
                    var again = await MeasureConfigurationAsync(payload, level, grpcFirst, cancellationToken);
                    retryTime += stopwatch.Elapsed;
                    result = again.Max(r => r.OtherCpuCores) < disturbance ? again : result;
                    result = [.. result.Select(r => r with { Attempts = 2 })];
                }

                foreach (var run in result)
                {
                    log($"{run.Protocol,-9} {payload.Name,-5} c={level,-5} {run.RequestsPerSecond,10:N0} req/s  p50 {run.Latency.P50Ms:0.000} ms  p99 {run.Latency.P99Ms:0.000} ms  " +
                        $"server CPU {run.ServerCpuMicrosecondsPerRequest:0.0} µs/req ({run.ServerCpuCores:0.00} cores)  h2load {run.ClientCpuCores:0.00} cores  other {run.OtherCpuCores:0.00} cores  " +
                        $"status ok {run.StatusOk} failed {run.StatusFailed}  rounds {string.Join(" / ", run.RoundRequestsPerSecond.Select(r => r.ToString("N0")))}");
                }

                runs.AddRange(result);
            }
        }

        return runs;
    }

    private async Task<List<UnaryRun>> MeasureConfigurationAsync(
        TransportPayload payload, ConcurrencyLevel level, bool grpcFirst, CancellationToken cancellationToken)
    {
        var (a, b) = grpcFirst ? (Grpc, RestPost) : (RestPost, Grpc);
        var protocols = new List<string> { a, b };
        var order = new List<string> { a, b, b, a };
        if (payload == TransportPayloads.Tiny)
        {
            protocols.Add(RestGet);
            order.AddRange([RestGet, RestGet]);
        }

        var requests = new Dictionary<string, long>();
        var rounds = new Dictionary<string, List<UnaryRound>>();
        foreach (var protocol in protocols)
        {
            var warmup = await H2loadRunner.RunForAsync(Target(protocol, payload), level, options.WarmupSeconds, cancellationToken);
            requests[protocol] = RequestCount(warmup.RequestsPerSecond * options.DurationSeconds, level);
            rounds[protocol] = [];
        }

        // Let the server finish the calls the timed warm-ups abandoned before counting.
        await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        foreach (var protocol in order)
        {
            rounds[protocol].Add(await MeasureRoundAsync(protocol, payload, level, requests[protocol], cancellationToken));
        }

        return [.. protocols.Select(protocol => Combine(protocol, payload, level, rounds[protocol]))];
    }

    private async Task<UnaryRound> MeasureRoundAsync(
        string protocol, TransportPayload payload, ConcurrencyLevel level, long requests, CancellationToken cancellationToken)
    {
        var logFile = Path.Combine(options.WorkDirectory.FullName, $"{protocol}-{payload.Name}-{level}.log");
        var statsBefore = await server.GetStatsAsync(cancellationToken);
        var cpuBefore = server.ReadServerCpu();
        var machineBefore = ProcCpu.ReadMachineBusy();
        var output = await H2loadRunner.RunCountAsync(Target(protocol, payload), level, requests, logFile, cancellationToken);
        var machine = ProcCpu.ReadMachineBusy() - machineBefore;
        var cpu = server.ReadServerCpu() - cpuBefore;
        var statsAfter = await server.GetStatsAsync(cancellationToken);

        var latencies = LatencyLog.ReadMicroseconds(logFile);
        File.Delete(logFile);
        var grpc = protocol == Grpc;
        return new UnaryRound(
            output,
            latencies,
            cpu,
            machine,
            grpc ? statsAfter.GrpcOk - statsBefore.GrpcOk : statsAfter.RestOk - statsBefore.RestOk,
            grpc ? statsAfter.GrpcFailed - statsBefore.GrpcFailed : statsAfter.RestFailed - statsBefore.RestFailed,
            statsAfter.Aborted - statsBefore.Aborted);
    }

    private static UnaryRun Combine(string protocol, TransportPayload payload, ConcurrencyLevel level, List<UnaryRound> rounds)
    {
        var seconds = rounds.Sum(r => r.Output.Seconds);
        var done = rounds.Sum(r => r.Output.Done);
        var succeeded = rounds.Sum(r => r.Output.Succeeded);
        var serverCpu = rounds.Aggregate(TimeSpan.Zero, (total, r) => total + r.ServerCpu);
        var machineCpu = rounds.Aggregate(TimeSpan.Zero, (total, r) => total + r.MachineCpu);
        var h2loadCpu = rounds.Sum(r => r.Output.CpuSeconds);
        return new UnaryRun(
            protocol,
            payload.Name,
            level.Clients,
            level.Streams,
            succeeded,
            rounds.Sum(r => r.Output.Failed + r.Output.Errored),
            done / seconds,
            [.. rounds.Select(r => r.Output.RequestsPerSecond)],
            done == 0 ? 0 : (double)rounds.Sum(r => r.Output.DataBytes) / done,
            LatencyLog.Summarize([.. rounds.SelectMany(r => r.LatencyMicroseconds)]),
            succeeded == 0 ? 0 : serverCpu.TotalMicroseconds / succeeded,
            serverCpu.TotalSeconds / seconds,
            h2loadCpu / seconds,
            Math.Max(0, (machineCpu - serverCpu).TotalSeconds - h2loadCpu) / seconds,
            rounds.Sum(r => r.StatusOk),
            rounds.Sum(r => r.StatusFailed),
            rounds.Sum(r => r.Aborted),
            Attempts: 1);
    }

    // A whole number of requests per connection, at least 100 each.
    private static long RequestCount(double estimate, ConcurrencyLevel level)
    {
        var perClient = Math.Max(100, (long)Math.Round(estimate / level.Clients));
        return perClient * level.Clients;
    }

    private H2loadTarget Target(string protocol, TransportPayload payload)
    {
        var baseUrl = options.BaseAddress.ToString().TrimEnd('/');
        return protocol switch
        {
            Grpc => new H2loadTarget(
                baseUrl + "/user_service.UserService/GetUser",
                bodies.GrpcFile(payload),
                ["content-type: application/grpc", "te: trailers"]),
            RestPost => new H2loadTarget(baseUrl + "/api/users/get", bodies.JsonFile(payload), ["content-type: application/json"]),
            RestGet => new H2loadTarget($"{baseUrl}/api/users/{payload.UserId}", null, []),
            _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "Unknown protocol."),
        };
    }
}
