using System.Globalization;
using System.Text;
using Performance.Core.Results;

namespace Performance.LoadClient.Report;

/// <summary>Writes <c>results.md</c>: the same numbers as <c>results.json</c>, as tables a lesson can show.</summary>
public static class MarkdownReport
{
    /// <summary>Formats a whole suite's results.</summary>
    /// <param name="results">The results.</param>
    /// <returns>The Markdown text.</returns>
    public static string Format(SuiteResults results)
    {
        var md = new StringBuilder();
        Header(md, results);
        Targets(md, results.Targets);
        Claims(md, results.Claims);
        Unary(md, results);
        Streaming(md, results.Streaming);
        Serialization(md, results.Serialization);
        Checks(md, results.Checks);
        return md.ToString();
    }

    private static void Header(StringBuilder md, SuiteResults results)
    {
        var m = results.Machine;
        md.AppendLine("# gRPC vs REST/JSON: measured results");
        md.AppendLine();
        md.AppendLine("Produced by `samples/Performance/run-benchmarks.sh` (see `samples/Performance/README.md`). Loopback only; one run, not an average of runs.");
        md.AppendLine();
        md.AppendLine(I($"- Date (UTC): {m.DateUtc}"));
        md.AppendLine(I($"- Machine: {m.Cores} cores, {m.CpuModel}, {m.OperatingSystem}"));
        md.AppendLine(I($"- Runtime: {m.Runtime}; load generator: {m.H2loadVersion}; commit {m.GitCommit ?? "unknown"}"));
        md.AppendLine(I($"- Load average (1/5/15 min) at start: {Load(m.LoadAverageAtStart)}; at end: {Load(m.LoadAverageAtEnd)}"));
        if (results.SuiteSeconds > 0)
        {
            md.AppendLine(I($"- Suite runtime, builds included: {(int)(results.SuiteSeconds / 60)} min {results.SuiteSeconds % 60:0} s"));
        }

        md.AppendLine(I($"- Set-up: {results.Settings.Setup}"));
        md.AppendLine();
    }

    private static void Targets(StringBuilder md, IReadOnlyList<TargetVerdict> targets)
    {
        md.AppendLine("## Targets");
        md.AppendLine();
        md.AppendLine("| Target | Required | Measured (worst case) | Met |");
        md.AppendLine("|---|---:|---:|---|");
        foreach (var t in targets)
        {
            md.AppendLine(I($"| {t.Name} | {t.Required:0.00}x | {t.Measured:0.00}x | {(t.Met ? "yes" : "**no**")} |"));
        }

        md.AppendLine();
        foreach (var t in targets)
        {
            md.AppendLine(I($"- {t.Name}: {t.Detail}."));
        }

        md.AppendLine();
    }

    private static void Claims(StringBuilder md, IReadOnlyList<ClaimVerdict> claims)
    {
        md.AppendLine("## Popular claims next to this run");
        md.AppendLine();
        md.AppendLine("| Claim | Measured here | Verdict |");
        md.AppendLine("|---|---|---|");
        foreach (var c in claims)
        {
            md.AppendLine($"| {c.Claim} | {c.Measured} | {c.Verdict} |");
        }

        md.AppendLine();
    }

    private static void Unary(StringBuilder md, SuiteResults results)
    {
        if (results.Unary.Count == 0)
        {
            return;
        }

        var s = results.Settings;
        md.AppendLine("## Unary calls: gRPC GetUser vs REST/JSON");
        md.AppendLine();
        md.AppendLine(I($"h2load ({s.H2loadThreads} thread) drives both protocols with the same settings. For each response size and concurrency level, each protocol gets a {s.WarmupSeconds} s warm-up run, ") +
            I($"then {s.Rounds} measured rounds interleaved A B B A (A alternates between gRPC and REST), each a fixed number of requests (the warm-up's rate times {s.DurationSeconds} s) so that every request completes. ") +
            "req/s = all requests of the rounds ÷ their total time (per-round values are in results.json). Concurrency c×m = connections × streams per connection. " +
            "`grpc` = POST /user_service.UserService/GetUser with a framed protobuf body; `rest-post` = POST /api/users/get with `{\"userId\":N}`; `rest-get` = GET /api/users/{id} (reference). " +
            "Latency percentiles come from h2load's per-request log. Server CPU is the server process's user+system time from /proc during the rounds; h2load's own CPU comes from bash's `times`; \"other\" is the rest of the machine's busy time (/proc/stat), which shows whether anything else disturbed a measurement (a configuration where it exceeded 0.15 cores was measured again and the less disturbed attempt kept; those rows are marked ²). " +
            "\"Status\" is what the server itself counted: gRPC calls ending with grpc-status 0 (REST: 2xx) vs any other status; it must equal h2load's count of successes.");
        md.AppendLine();
        md.AppendLine("| Response | c×m | Protocol | req/s | ÷ REST POST | body B/resp | p50 ms | p90 ms | p99 ms | max ms | server CPU µs/req | server cores busy | h2load cores busy | other cores busy | status ok / failed | req/s per round |");
        md.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var r in results.Unary)
        {
            var rest = results.Unary.FirstOrDefault(x =>
                x.Protocol == "rest-post" && x.Payload == r.Payload && x.Clients == r.Clients && x.StreamsPerClient == r.StreamsPerClient);
            var ratio = rest is { RequestsPerSecond: > 0 } ? I($"{r.RequestsPerSecond / rest.RequestsPerSecond:0.00}x") : "";
            var status = I($"{r.StatusOk:N0} / {r.StatusFailed}") + (r.StatusVerified ? "" : " **not verified**");
            md.AppendLine(I($"| {r.Payload} | {r.Clients}×{r.StreamsPerClient} | {r.Protocol}{(r.Attempts > 1 ? "²" : "")} | {r.RequestsPerSecond:N0} | {ratio} | {r.ResponseBodyBytes:N0} | ") +
                I($"{r.Latency.P50Ms:0.000} | {r.Latency.P90Ms:0.000} | {r.Latency.P99Ms:0.000} | {r.Latency.MaxMs:0.0} | {r.ServerCpuMicrosecondsPerRequest:0.0} | {r.ServerCpuCores:0.00} | {r.ClientCpuCores:0.00} | {r.OtherCpuCores:0.00} | {status} | ") +
                string.Join(" / ", r.RoundRequestsPerSecond.Select(x => x.ToString("N0", CultureInfo.InvariantCulture))) + " |");
        }

        md.AppendLine();
    }

    private static void Streaming(StringBuilder md, StreamingResults? streaming)
    {
        if (streaming is null)
        {
            return;
        }

        md.AppendLine(I($"## Streaming: {streaming.Grpc.Users:N0} users, ListUsers vs one JSON array"));
        md.AppendLine();
        md.AppendLine("Each download is timed from the request to the last user parsed into an object (gRPC: Grpc.Net.Client `ReadAllAsync`; JSON: HttpClient + `JsonSerializer.DeserializeAsyncEnumerable`, source-generated). Median of the measured runs, after five warm-up downloads each. CPU times are per download (server and other: 10 ms resolution).");
        md.AppendLine();
        md.AppendLine("| Protocol | wire MB | median s | users/s | MB/s | server CPU ms | client CPU ms | other CPU ms | runs (s) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in new[] { streaming.Grpc, streaming.Json, streaming.GrpcPages }.OfType<StreamingRun>())
        {
            md.AppendLine(I($"| {r.Protocol} | {r.WireBytes / 1e6:0.00} | {r.MedianSeconds:0.000} | {r.UsersPerSecond:N0} | {r.MegabytesPerSecond:0.0} | {r.ServerCpuMilliseconds:0} | {r.ClientCpuMilliseconds:0} | {r.OtherCpuMilliseconds:0} | {string.Join(", ", r.Seconds.Select(x => x.ToString("0.000", CultureInfo.InvariantCulture)))} |"));
        }

        md.AppendLine();
        md.AppendLine(I($"Throughput ratio (ListUsers users/s ÷ JSON array users/s): **{streaming.ThroughputRatio:0.00}x**."));
        if (streaming.PagesThroughputRatio is { } pages)
        {
            md.AppendLine();
            md.AppendLine(I($"Experiment, not the target: `grpc-pages` streams the same users {streaming.PageSize:N0} per message (service `benchmark.UserPages` in `samples/Performance/protos/benchmark_service.proto`, outside the course contract): {pages:0.00}x the JSON array."));
        }

        if (streaming.Codecs is { } c)
        {
            md.AppendLine();
            md.AppendLine(I($"The codecs alone on the same {streaming.Grpc.Users:N0} users, in memory in the client process (median of 7 runs): ") +
                I($"protobuf serialize {c.ProtobufSerializeMs:0.0} ms, parse {c.ProtobufParseMs:0.0} ms; JSON serialize {c.JsonSerializeMs:0.0} ms, parse {c.JsonParseMs:0.0} ms. ") +
                "Whatever a download costs beyond these is transport: HTTP/2, the frameworks and, for ListUsers, the per-message work of each of the 100,000 messages.");
        }

        md.AppendLine();
    }

    private static void Serialization(StringBuilder md, SerializationResults? serialization)
    {
        if (serialization is null)
        {
            return;
        }

        md.AppendLine("## Serialization: Google.Protobuf vs System.Text.Json (source-generated)");
        md.AppendLine();
        md.AppendLine(serialization.Job + ".");
        md.AppendLine();
        md.AppendLine("| Shape | Protobuf bytes | JSON bytes | JSON ÷ protobuf |");
        md.AppendLine("|---|---:|---:|---:|");
        foreach (var s in serialization.Sizes)
        {
            md.AppendLine(I($"| {s.Shape} | {s.ProtobufBytes:N0} | {s.JsonBytes:N0} | {(double)s.JsonBytes / s.ProtobufBytes:0.00}x |"));
        }

        md.AppendLine();
        md.AppendLine("| Shape | Operation | Protobuf ns | JSON ns | JSON ÷ protobuf time | Protobuf allocated B | JSON allocated B |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var p in serialization.Measurements.Where(m => m.Format == "protobuf"))
        {
            var j = serialization.Measurements.FirstOrDefault(m => m.Format == "json" && m.Shape == p.Shape && m.Operation == p.Operation);
            if (j is null)
            {
                continue;
            }

            md.AppendLine(I($"| {p.Shape} | {p.Operation} | {p.MeanNanoseconds:N1} | {j.MeanNanoseconds:N1} | {j.MeanNanoseconds / p.MeanNanoseconds:0.00}x | {p.AllocatedBytes:N0} | {j.AllocatedBytes:N0} |"));
        }

        md.AppendLine();
    }

    private static void Checks(StringBuilder md, IReadOnlyList<PreflightCheck> checks)
    {
        if (checks.Count == 0)
        {
            return;
        }

        md.AppendLine("## Correctness checks before measuring");
        md.AppendLine();
        foreach (var c in checks)
        {
            md.AppendLine($"- [{(c.Passed ? "x" : " ")}] {c.Name}: {c.Detail}");
        }

        md.AppendLine();
    }

    private static string Load(IReadOnlyList<double> load) =>
        load.Count == 0 ? "unknown" : string.Join(" / ", load.Select(l => l.ToString("0.00", CultureInfo.InvariantCulture)));

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
