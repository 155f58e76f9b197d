using Performance.Core.Data;
using Performance.Core.Results;
using Performance.LoadClient.H2load;

namespace Performance.LoadClient.Measurements;

/// <summary>
/// The unary matrix: for every response size and concurrency level, h2load drives gRPC GetUser
/// and the REST POST with identical settings (plus REST GET for the tiny response, as a reference).
/// Each measured run follows its own timed warm-up run, whose rate sets the measured run's request
/// count (about <see cref="SuiteOptions.DurationSeconds"/> worth): a fixed count lets every request
/// finish, so the server's grpc-status counts can be matched one for one with h2load's. The order
/// of the protocols alternates, so neither always runs first.
/// </summary>
/// <param name="options">What to run.</param>
/// <param name="server">The connection to the server.</param>
/// <param name="bodies">The request body files.</param>
/// <param name="log">Progress messages.</param>
public sealed class UnaryBenchmark(SuiteOptions options, ServerConnection server, RequestBodies bodies, Action<string> log)
{
    /// <summary>Runs the matrix.</summary>
    /// <param name="cancellationToken">Stops between runs (and kills h2load).</param>
    /// <returns>One result per run.</returns>
    public async Task<List<UnaryRun>> RunAsync(CancellationToken cancellationToken)
    {
        var runs = new List<UnaryRun>();
        var configuration = 0;
        foreach (var payload in TransportPayloads.All)
        {
            foreach (var level in options.Levels)
            {
                var protocols = new List<string> { "grpc", "rest-post" };
                if (configuration++ % 2 == 1)
                {
                    protocols.Reverse();
                }

                if (payload == TransportPayloads.Tiny)
                {
                    protocols.Add("rest-get");
                }

                foreach (var protocol in protocols)
                {
                    var run = await MeasureAsync(protocol, payload, level, cancellationToken);
                    log($"{protocol,-9} {payload.Name,-5} c={level,-5} {run.RequestsPerSecond,10:N0} req/s  p50 {run.Latency.P50Ms:0.000} ms  p99 {run.Latency.P99Ms:0.000} ms  " +
                        $"server CPU {run.ServerCpuMicrosecondsPerRequest:0.0} µs/req ({run.ServerCpuCores:0.00} cores)  h2load {run.ClientCpuCores:0.00} cores  status ok {run.StatusOk} failed {run.StatusFailed}");
                    runs.Add(run);
                }
            }
        }

        return runs;
    }

    private async Task<UnaryRun> MeasureAsync(string protocol, TransportPayload payload, ConcurrencyLevel level, CancellationToken cancellationToken)
    {
        var target = Target(protocol, payload);
        var warmup = await H2loadRunner.RunForAsync(target, level, options.WarmupSeconds, cancellationToken);
        var requests = RequestCount(warmup.RequestsPerSecond * options.DurationSeconds, level);

        // Let the server finish the calls the timed warm-up abandoned before counting.
        await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);

        var logFile = Path.Combine(options.WorkDirectory.FullName, $"{protocol}-{payload.Name}-{level}.log");
        var statsBefore = await server.GetStatsAsync(cancellationToken);
        var cpuBefore = server.ReadServerCpu();
        var output = await H2loadRunner.RunCountAsync(target, level, requests, logFile, cancellationToken);
        var cpu = server.ReadServerCpu() - cpuBefore;
        var statsAfter = await server.GetStatsAsync(cancellationToken);

        var latency = LatencyLog.Read(logFile);
        File.Delete(logFile);
        var grpc = protocol == "grpc";
        return new UnaryRun(
            protocol,
            payload.Name,
            level.Clients,
            level.Streams,
            output.Succeeded,
            output.Failed + output.Errored,
            output.RequestsPerSecond,
            output.Done == 0 ? 0 : (double)output.DataBytes / output.Done,
            latency,
            output.Succeeded == 0 ? 0 : cpu.TotalMicroseconds / output.Succeeded,
            cpu.TotalSeconds / output.Seconds,
            output.CpuSeconds / output.Seconds,
            grpc ? statsAfter.GrpcOk - statsBefore.GrpcOk : statsAfter.RestOk - statsBefore.RestOk,
            grpc ? statsAfter.GrpcFailed - statsBefore.GrpcFailed : statsAfter.RestFailed - statsBefore.RestFailed,
            statsAfter.Aborted - statsBefore.Aborted);
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
            "grpc" => new H2loadTarget(
                baseUrl + "/user_service.UserService/GetUser",
                bodies.GrpcFile(payload),
                ["content-type: application/grpc", "te: trailers"]),
            "rest-post" => new H2loadTarget(baseUrl + "/api/users/get", bodies.JsonFile(payload), ["content-type: application/json"]),
            "rest-get" => new H2loadTarget($"{baseUrl}/api/users/{payload.UserId}", null, []),
            _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "Unknown protocol."),
        };
    }
}
