using System.Globalization;
using Performance.Core.Results;

namespace Performance.LoadClient.Report;

/// <summary>
/// Compares the measurements with the targets and with the popular claims. The rules are
/// plain thresholds on the measured ratios, written out here so anyone can check them.
/// </summary>
public static class Verdicts
{
    /// <summary>Required ratio of gRPC unary to REST POST requests per second.</summary>
    public const double UnaryTarget = 1.0;

    /// <summary>Required ratio of ListUsers streaming to JSON array throughput.</summary>
    public const double StreamingTarget = 3.0;

    /// <summary>Evaluates the two targets.</summary>
    /// <param name="unary">The unary runs.</param>
    /// <param name="streaming">The streaming comparison, if it ran.</param>
    /// <returns>One verdict per target that could be measured.</returns>
    public static List<TargetVerdict> Targets(IReadOnlyList<UnaryRun> unary, StreamingResults? streaming)
    {
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
                $"gRPC {streaming.Grpc.UsersPerSecond:N0} users/s vs JSON {streaming.Json.UsersPerSecond:N0} users/s"));
        }

        return targets;
    }

    /// <summary>Puts the three popular claims next to the measurements.</summary>
    /// <param name="unary">The unary runs.</param>
    /// <param name="streaming">The streaming comparison, if it ran.</param>
    /// <param name="serialization">The serialization results, if they ran.</param>
    /// <returns>One verdict per claim that could be checked.</returns>
    public static List<ClaimVerdict> Claims(IReadOnlyList<UnaryRun> unary, StreamingResults? streaming, SerializationResults? serialization)
    {
        var claims = new List<ClaimVerdict>();
        var ratios = UnaryRatios(unary);
        var speedups = SerializationSpeedups(serialization);
        if (ratios.Count > 0 || streaming is not null)
        {
            var endToEnd = ratios.Select(r => r.Ratio).ToList();
            if (streaming is not null)
            {
                endToEnd.Add(streaming.ThroughputRatio);
            }

            var best = endToEnd.Max();
            var measured = new List<string>();
            if (ratios.Count > 0)
            {
                measured.Add($"unary req/s gRPC ÷ REST POST: {F(ratios.Min(r => r.Ratio))}x to {F(ratios.Max(r => r.Ratio))}x");
            }

            if (streaming is not null)
            {
                measured.Add($"100,000-user download gRPC stream ÷ JSON array: {F(streaming.ThroughputRatio)}x");
            }

            if (speedups.Count > 0)
            {
                measured.Add($"serialize/parse only (protobuf ÷ System.Text.Json time): {F(speedups.Min(s => s.Speedup))}x to {F(speedups.Max(s => s.Speedup))}x");
            }

            var verdict = endToEnd.Min() >= 5
                ? "Holds in every end-to-end case measured here."
                : best >= 5
                    ? $"Partly: reached {F(best)}x end to end in at least one case here."
                    : $"Not on this machine: the best end-to-end gain was {F(best)}x.";
            var fastShapes = speedups.Where(s => s.Speedup >= 5).ToList();
            if (fastShapes.Count > 0)
            {
                verdict += " Raw serialization alone reaches 5x or more only for " +
                    string.Join(", ", fastShapes.Select(s => $"{s.Shape} {s.Operation} ({F(s.Speedup)}x)")) + ".";
            }

            claims.Add(new ClaimVerdict("gRPC is 5-10x faster than REST/JSON", string.Join("; ", measured), verdict));
        }

        if (serialization is { Sizes.Count: > 0 })
        {
            var sizeRatios = serialization.Sizes.Select(s => (s.Shape, Ratio: (double)s.JsonBytes / s.ProtobufBytes)).ToList();
            var holding = sizeRatios.Count(s => s.Ratio >= 3);
            claims.Add(new ClaimVerdict(
                "Protobuf is 3x smaller than JSON",
                "JSON ÷ protobuf bytes: " + string.Join(", ", sizeRatios.Select(s => $"{s.Shape} {F(s.Ratio)}x")),
                holding == sizeRatios.Count
                    ? "Holds for every shape measured."
                    : $"Holds for {holding} of {sizeRatios.Count} shapes: protobuf was {F(sizeRatios.Min(s => s.Ratio))}x to {F(sizeRatios.Max(s => s.Ratio))}x smaller (uncompressed)."));
        }

        var grpcRuns = unary.Where(r => r.Protocol == "grpc").ToList();
        if (grpcRuns.Count > 0)
        {
            var best = grpcRuns.MaxBy(r => r.RequestsPerSecond)!;
            var bestRest = unary.Where(r => r.Protocol != "grpc").Select(r => r.RequestsPerSecond).DefaultIfEmpty(0).Max();
            var place = best.RequestsPerSecond switch
            {
                < 10_000 => "Below the range",
                <= 100_000 => "Within the range",
                _ => "Above the range",
            };
            claims.Add(new ClaimVerdict(
                "gRPC serves 10K-100K requests/s",
                $"best gRPC unary {best.RequestsPerSecond:N0} req/s ({best.Payload}, c={best.Clients}x{best.StreamsPerClient}); best REST {bestRest:N0} req/s",
                $"{place} on this machine; the number depends on the hardware, the handler and the load generator sharing the machine, not on gRPC alone."));
        }

        return claims;
    }

    /// <summary>gRPC ÷ REST POST requests per second for every response size and concurrency level measured with both.</summary>
    /// <param name="unary">The unary runs.</param>
    /// <returns>The ratios, in run order.</returns>
    public static List<(string Payload, string Level, double Ratio)> UnaryRatios(IReadOnlyList<UnaryRun> unary) =>
    [
        .. unary
            .Where(r => r.Protocol == "grpc")
            .Select(g => (Grpc: g, RestPost: unary.FirstOrDefault(r =>
                r.Protocol == "rest-post" && r.Payload == g.Payload && r.Clients == g.Clients && r.StreamsPerClient == g.StreamsPerClient)))
            .Where(p => p.RestPost is { RequestsPerSecond: > 0 })
            .Select(p => (p.Grpc.Payload, $"{p.Grpc.Clients}x{p.Grpc.StreamsPerClient}", p.Grpc.RequestsPerSecond / p.RestPost!.RequestsPerSecond)),
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

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
