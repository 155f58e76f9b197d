using System.Globalization;

namespace Performance.Core.Results;

/// <summary>
/// The one verdict engine of the course: compares measured results with the suite's targets and with
/// the <see cref="PopularClaims"/>. The rules are plain thresholds on measured ratios, written out
/// here so anyone can check them. The suite writes its verdicts into <c>results.json</c>; lesson 13
/// calls the same methods on the committed results.
/// </summary>
/// <example>
/// <code>
/// var results = JsonSerializer.Deserialize(File.ReadAllText(path), ResultsJsonContext.Default.SuiteResults)!;
/// var sizes = ShapeSamples.CreateAll().Select(s => s.Size).ToList();
/// foreach (var claim in Verdicts.Claims(results.Unary, results.Streaming, results.Serialization, sizes))
///     Console.WriteLine($"{claim.Claim}: {claim.Verdict}");
/// </code>
/// </example>
public static class Verdicts
{
    /// <summary>Required ratio of gRPC unary to REST POST requests per second.</summary>
    public const double UnaryTarget = 1.0;

    /// <summary>Required ratio of ListUsers streaming to JSON array throughput.</summary>
    public const double StreamingTarget = 3.0;

    /// <summary>Evaluates the suite's two targets for its own server.</summary>
    /// <param name="unary">The unary runs.</param>
    /// <param name="streaming">The streaming comparison, if it ran.</param>
    /// <returns>One verdict per target that could be measured.</returns>
    public static List<TargetVerdict> Targets(IReadOnlyList<UnaryRun> unary, StreamingResults? streaming)
    {
        ArgumentNullException.ThrowIfNull(unary);
        var targets = new List<TargetVerdict>();
        var ratios = UnaryRatios(unary);
        if (ratios.Count > 0)
        {
            var worst = ratios.Min(r => r.Ratio);
            var met = ratios.Count(r => r.Ratio >= UnaryTarget);
            targets.Add(new TargetVerdict(
                "gRPC unary GetUser req/s ≥ 1.0x REST/JSON POST req/s (same server, same h2load settings), in every configuration",
                UnaryTarget,
                worst,
                worst >= UnaryTarget,
                $"met in {met} of {ratios.Count} configurations: " +
                string.Join(", ", ratios.Select(r => $"{r.Payload} c={r.Level} {F(r.Ratio)}x"))));
        }

        if (streaming is not null)
        {
            targets.Add(new TargetVerdict(
                "ListUsers streaming throughput ≥ 3x the JSON array download (100,000 users, users/s)",
                StreamingTarget,
                streaming.ThroughputRatio,
                streaming.ThroughputRatio >= StreamingTarget,
                $"gRPC {N(streaming.Grpc.UsersPerSecond)} users/s vs JSON {N(streaming.Json.UsersPerSecond)} users/s"));
        }

        return targets;
    }

    /// <summary>Puts each of the <see cref="PopularClaims"/> next to the measurements.</summary>
    /// <param name="unary">The unary runs.</param>
    /// <param name="streaming">The streaming comparison, if it ran.</param>
    /// <param name="serialization">The BenchmarkDotNet serialization results, if they ran.</param>
    /// <param name="sizes">Encoded sizes per shape, with gzip (exact: the same on every machine).</param>
    /// <returns>One verdict per claim that the data can check, in the order of <see cref="PopularClaims"/>.</returns>
    public static List<ClaimVerdict> Claims(
        IReadOnlyList<UnaryRun> unary, StreamingResults? streaming, SerializationResults? serialization, IReadOnlyList<ShapeSize> sizes)
    {
        ArgumentNullException.ThrowIfNull(unary);
        ArgumentNullException.ThrowIfNull(sizes);
        List<ClaimVerdict?> claims =
        [
            Latency(unary),
            Throughput(unary),
            PayloadSize(sizes),
            Cpu(unary, streaming),
            Speed(unary, streaming, serialization),
        ];
        return [.. claims.OfType<ClaimVerdict>()];
    }

    /// <summary>gRPC ÷ REST POST requests per second for every response size and concurrency level measured with both.</summary>
    /// <param name="unary">The unary runs.</param>
    /// <returns>The ratios, in run order.</returns>
    public static List<(string Payload, string Level, double Ratio)> UnaryRatios(IReadOnlyList<UnaryRun> unary) =>
    [
        .. Pairs(unary)
            .Where(p => p.RestPost.RequestsPerSecond > 0)
            .Select(p => (p.Grpc.Payload, Level(p.Grpc), p.Grpc.RequestsPerSecond / p.RestPost.RequestsPerSecond)),
    ];

    /// <summary>JSON time ÷ protobuf time for every shape and operation.</summary>
    /// <param name="serialization">The serialization results.</param>
    /// <returns>The speed-ups (above 1: protobuf is faster).</returns>
    public static List<(string Shape, string Operation, double Speedup)> SerializationSpeedups(SerializationResults? serialization) =>
        serialization is null
            ? []
            : [
                .. serialization.Measurements
                    .Where(m => m.Format == "protobuf")
                    .Select(p => (Protobuf: p, Json: serialization.Measurements.FirstOrDefault(j =>
                        j.Format == "json" && j.Shape == p.Shape && j.Operation == p.Operation)))
                    .Where(p => p.Json is not null)
                    .Select(p => (p.Protobuf.Shape, p.Protobuf.Operation, p.Json!.MeanNanoseconds / p.Protobuf.MeanNanoseconds)),
            ];

    private static ClaimVerdict? Latency(IReadOnlyList<UnaryRun> unary)
    {
        if (unary.Count == 0)
        {
            return null;
        }

        var lowest = unary.Min(r => r.Concurrency);
        var grpc = unary.FirstOrDefault(r => r.Protocol == "grpc" && r.Payload == "tiny" && r.Concurrency == lowest);
        var rest = unary.FirstOrDefault(r => r.Protocol == "rest-post" && r.Payload == "tiny" && r.Concurrency == lowest);
        if (grpc is null || rest is null)
        {
            return null;
        }

        var (g, r) = (grpc.Latency.P50Ms, rest.Latency.P50Ms);
        return new ClaimVerdict(
            PopularClaims.Latency,
            $"median with {lowest} request in flight, tiny response, loopback: gRPC {Ms(g)} ms, REST POST {Ms(r)} ms",
            $"Not a property of the protocols. REST was {Range(r, 10, 50)} its claimed range and gRPC {Range(g, 2, 10)} its range, "
            + $"and the two differed by {Ms(Math.Abs(r - g))} ms. Milliseconds come from the network, TLS, proxies and handler work, "
            + "and those add the same time to both.");
    }

    private static ClaimVerdict? Throughput(IReadOnlyList<UnaryRun> unary)
    {
        var bestGrpc = unary.Where(r => r.Protocol == "grpc").MaxBy(r => r.RequestsPerSecond);
        var bestRest = unary.Where(r => r.Protocol != "grpc").MaxBy(r => r.RequestsPerSecond);
        if (bestGrpc is null || bestRest is null)
        {
            return null;
        }

        var (g, r) = (bestGrpc.RequestsPerSecond, bestRest.RequestsPerSecond);
        return new ClaimVerdict(
            PopularClaims.Throughput,
            $"best gRPC {N(g)} req/s ({bestGrpc.Payload}, {Level(bestGrpc)}); best REST {N(r)} req/s ({bestRest.Protocol}, {bestRest.Payload}, {Level(bestRest)})",
            $"The ranges don't describe the protocols. REST was {Range(r, 1_000, 10_000)} its claimed range and gRPC {Range(g, 10_000, 100_000)} its range, "
            + $"and the best REST configuration reached {F(r / g)}x the best gRPC one. Throughput depends on the hardware, the handler "
            + "and the response size far more than on the protocol.");
    }

    private static ClaimVerdict? PayloadSize(IReadOnlyList<ShapeSize> sizes)
    {
        if (sizes.Count == 0)
        {
            return null;
        }

        var raw = sizes.Select(s => s.ProtobufPercentOfJson).ToList();
        var gzipped = sizes.Where(s => s.JsonGzipBytes > 0).Select(s => s.GzipProtobufPercentOfJson).ToList();
        var measured = "protobuf size as % of the JSON size: "
            + string.Join(", ", sizes.Select(s => s.JsonGzipBytes > 0
                ? $"{s.Shape} {P(s.ProtobufPercentOfJson)} ({P(s.GzipProtobufPercentOfJson)} gzipped)"
                : $"{s.Shape} {P(s.ProtobufPercentOfJson)}"));
        var verdict = $"Uncompressed, it holds for {InClaim(raw)} of {raw.Count} shapes (protobuf was {P(raw.Min())} to {P(raw.Max())} of JSON).";
        if (gzipped.Count > 0)
        {
            verdict += $" Gzipped, it holds for {InClaim(gzipped)} of {gzipped.Count} ({P(gzipped.Min())} to {P(gzipped.Max())}): compression removes most of what JSON repeats.";
        }

        var tiny = sizes.FirstOrDefault(s => s.Shape == "TinyUser");
        if (tiny is not null)
        {
            verdict += $" The usual example ({PopularClaims.PayloadExample}) measures {tiny.JsonBytes} and {tiny.ProtobufBytes} bytes for the course's user ({P(tiny.ProtobufPercentOfJson)}).";
        }

        return new ClaimVerdict(PopularClaims.PayloadSize, measured, verdict);

        static int InClaim(List<double> percents) => percents.Count(p => p >= 30 && p <= 50);
    }

    private static ClaimVerdict? Cpu(IReadOnlyList<UnaryRun> unary, StreamingResults? streaming)
    {
        var pairs = Pairs(unary).ToList();
        if (pairs.Count == 0)
        {
            return null;
        }

        // With one request in flight the server's threads spin while they wait for the next request, so
        // CPU per request there measures the thread pool's waiting, not the protocol: report it apart.
        var lowest = pairs.Min(p => p.Grpc.Concurrency);
        var loaded = pairs.Where(p => p.Grpc.Concurrency > lowest).ToList();
        var idle = pairs.Where(p => p.Grpc.Concurrency == lowest).ToList();
        if (loaded.Count == 0)
        {
            loaded = idle;
            idle = [];
        }

        var server = loaded.Select(p => p.Grpc.ServerCpuMicrosecondsPerRequest / p.RestPost.ServerCpuMicrosecondsPerRequest).ToList();
        var client = loaded.Select(p => ClientCpuPerRequest(p.Grpc) / ClientCpuPerRequest(p.RestPost)).ToList();
        var measured = new List<string>
        {
            $"server CPU per request, gRPC ÷ REST POST, {loaded.Count} configurations with more than {lowest} in flight: {F(server.Min())}x to {F(server.Max())}x (lower in {server.Count(r => r < 1)})",
            $"load generator (h2load) CPU per request, gRPC ÷ REST POST: {F(client.Min())}x to {F(client.Max())}x",
        };
        if (idle.Count > 0)
        {
            measured.Add($"with {lowest} in flight (thread-pool spinning, not the protocol): {Us(idle.Min(p => p.Grpc.ServerCpuMicrosecondsPerRequest))} to {Us(idle.Max(p => p.Grpc.ServerCpuMicrosecondsPerRequest))} µs per gRPC request against {Us(loaded.Min(p => p.Grpc.ServerCpuMicrosecondsPerRequest))} to {Us(loaded.Max(p => p.Grpc.ServerCpuMicrosecondsPerRequest))} µs under load");
        }

        if (streaming is not null)
        {
            measured.Add($"100,000-user download, gRPC stream ÷ JSON array: server CPU {F(streaming.Grpc.ServerCpuMilliseconds / streaming.Json.ServerCpuMilliseconds)}x, .NET client CPU {F(streaming.Grpc.ClientCpuMilliseconds / streaming.Json.ClientCpuMilliseconds)}x");
        }

        var verdict = server.All(r => r < 0.9)
            ? "Holds for the server here: gRPC needed at least 10% less server CPU per request in every loaded configuration."
            : server.All(r => r > 1.1)
                ? "Not here: gRPC needed more server CPU per request in every loaded configuration."
                : $"Only slightly, and not always: under load gRPC's server CPU per request was within {P(100 * Math.Max(1 - server.Min(), server.Max() - 1))} of REST's, because for small messages the codec is a small part of the work.";
        if (streaming is not null)
        {
            var clientRatio = streaming.Grpc.ClientCpuMilliseconds / streaming.Json.ClientCpuMilliseconds;
            verdict += clientRatio < 1
                ? $" For the large download the .NET client parsing protobuf used {F(clientRatio)}x the CPU of the one parsing JSON."
                : $" For the large download the .NET client parsing protobuf used {F(clientRatio)}x the CPU of the one parsing JSON: more messages cost more than a faster codec saves.";
        }

        return new ClaimVerdict(PopularClaims.Cpu, string.Join("; ", measured), verdict);
    }

    private static ClaimVerdict? Speed(IReadOnlyList<UnaryRun> unary, StreamingResults? streaming, SerializationResults? serialization)
    {
        var ratios = UnaryRatios(unary);
        if (ratios.Count == 0 && streaming is null)
        {
            return null;
        }

        var speedups = SerializationSpeedups(serialization);
        var endToEnd = ratios.Select(r => r.Ratio).ToList();
        var measured = new List<string>();
        if (ratios.Count > 0)
        {
            measured.Add($"unary req/s gRPC ÷ REST POST: {F(ratios.Min(r => r.Ratio))}x to {F(ratios.Max(r => r.Ratio))}x");
        }

        if (streaming is not null)
        {
            endToEnd.Add(streaming.ThroughputRatio);
            measured.Add($"100,000-user download gRPC stream ÷ JSON array: {F(streaming.ThroughputRatio)}x");
        }

        if (speedups.Count > 0)
        {
            measured.Add($"serialize/parse only (System.Text.Json time ÷ protobuf time): {F(speedups.Min(s => s.Speedup))}x to {F(speedups.Max(s => s.Speedup))}x");
        }

        var best = endToEnd.Max();
        var verdict = endToEnd.Min() >= 5
            ? "Holds in every end-to-end case measured here."
            : best >= 5
                ? $"Partly: reached {F(best)}x end to end in at least one case here."
                : $"Not on this machine: the best end-to-end gain was {F(best)}x.";
        var fast = speedups.Where(s => s.Speedup >= 5).ToList();
        if (fast.Count > 0)
        {
            verdict += " Raw serialization alone reaches 5x or more only for " +
                string.Join(", ", fast.Select(s => $"{s.Shape} {s.Operation} ({F(s.Speedup)}x)")) + ".";
        }

        return new ClaimVerdict(PopularClaims.Speed, string.Join("; ", measured), verdict);
    }

    private static IEnumerable<(UnaryRun Grpc, UnaryRun RestPost)> Pairs(IReadOnlyList<UnaryRun> unary) =>
        unary
            .Where(r => r.Protocol == "grpc")
            .Select(g => (Grpc: g, RestPost: unary.FirstOrDefault(r =>
                r.Protocol == "rest-post" && r.Payload == g.Payload && r.Clients == g.Clients && r.StreamsPerClient == g.StreamsPerClient)))
            .Where(p => p.RestPost is not null)
            .Select(p => (p.Grpc, p.RestPost!));

    private static double ClientCpuPerRequest(UnaryRun run) => run.ClientCpuCores * 1e6 / run.RequestsPerSecond;

    private static string Level(UnaryRun run) => $"{run.Clients}x{run.StreamsPerClient}";

    private static string Range(double value, double low, double high) => value < low ? "below" : value > high ? "above" : "within";

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string P(double percent) => percent.ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Us(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Ms(double value) => value.ToString(value < 1 ? "0.###" : "0.#", CultureInfo.InvariantCulture);
}
