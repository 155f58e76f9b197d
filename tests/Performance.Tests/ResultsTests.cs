using System.Text.Json;
using Performance.Core.Results;
using Performance.LoadClient.Report;

namespace Performance.Tests;

public sealed class ResultsTests
{
    private static UnaryRun Run(string protocol, string payload, int clients, double rps, double serverCpu = 12.5) =>
        new(protocol, payload, clients, clients, 1000, 0, rps, [rps * 0.99, rps * 1.01], 60, new LatencyPercentiles(1000, 1, 0.9, 1.5, 3, 9), serverCpu, 0.8, 0.9, 0.05, 1000, 0, 0, 1);

    private static readonly ShapeSize[] s_sizes = [new ShapeSize("TinyUser", 33, 66, 53, 86)];

    private static StreamingRun Download(string protocol, double seconds) =>
        new(protocol, 100_000, 5_000_000, [seconds, seconds], seconds, 100_000 / seconds, 5 / seconds, 50, 80, 0);

    private static SuiteResults Sample()
    {
        var unary = new List<UnaryRun>
        {
            Run("grpc", "tiny", 1, 9_000, serverCpu: 180),
            Run("rest-post", "tiny", 1, 10_000),
            Run("grpc", "tiny", 8, 40_000),
            Run("rest-post", "tiny", 8, 36_000),
        };
        var streaming = new StreamingResults(Download("grpc-stream", 0.2), Download("json-array", 0.1), Download("grpc-pages", 0.05), 1_000, new CodecBaseline(10, 12, 60, 80));
        var serialization = new SerializationResults(
            "test job",
            [new ShapeSize("TinyUser", 33, 66)],
            [
                new SerializationMeasurement("TinyUser", "protobuf", "serialize", 100, 1, 88),
                new SerializationMeasurement("TinyUser", "json", "serialize", 150, 1, 96),
            ]);
        return new SuiteResults(
            new MachineInfo("2026-01-01T00:00:00Z", 2, "cpu", "os", ".NET 10", "h2load 1.52", "abc123", [0.1, 0.2, 0.3], [0.5, 0.4, 0.3]),
            new RunSettings(8, 2, 2, 1, 5, "test"),
            [new PreflightCheck("check", true, "ok")],
            serialization,
            unary,
            streaming,
            Verdicts.Targets(unary, streaming),
            Verdicts.Claims(unary, streaming, serialization, s_sizes),
            321);
    }

    [Fact]
    public void Unary_target_uses_the_worst_configuration()
    {
        var target = Sample().Targets[0];

        Assert.Equal(0.9, target.Measured, 6);
        Assert.False(target.Met);
        Assert.Contains("met in 1 of 2 configurations", target.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Streaming_target_compares_users_per_second()
    {
        var target = Sample().Targets[1];

        Assert.Equal(0.5, target.Measured, 6);
        Assert.False(target.Met);
    }

    [Fact]
    public void Every_popular_claim_is_judged_in_the_order_they_are_listed()
    {
        var claims = Sample().Claims;

        Assert.Equal(
            [PopularClaims.Latency, PopularClaims.Throughput, PopularClaims.PayloadSize, PopularClaims.Cpu, PopularClaims.Speed],
            claims.Select(c => c.Claim));
        Assert.StartsWith("Not a property of the protocols. REST was below", claims[0].Verdict, StringComparison.Ordinal);
        Assert.StartsWith("Not on this machine", claims[4].Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Payload_claim_is_the_protobuf_size_as_a_share_of_json_uncompressed_and_gzipped()
    {
        var payload = Sample().Claims[2];

        Assert.Contains("TinyUser 50% (62% gzipped)", payload.Measured, StringComparison.Ordinal);
        Assert.StartsWith("Uncompressed, it holds for 1 of 1 shapes", payload.Verdict, StringComparison.Ordinal);
        Assert.Contains("Gzipped, it holds for 0 of 1", payload.Verdict, StringComparison.Ordinal);
        Assert.Contains("measures 66 and 33 bytes", payload.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Cpu_claim_keeps_one_call_at_a_time_runs_apart_and_includes_client_cpu()
    {
        var cpu = Sample().Claims[3];

        // The 1-in-flight gRPC run used 180 µs per request (threads spinning); under load both used 12.5.
        Assert.Contains("with more than 1 in flight: 1.00x to 1.00x", cpu.Measured, StringComparison.Ordinal);
        Assert.Contains("with 1 in flight (thread-pool spinning, not the protocol): 180 to 180", cpu.Measured, StringComparison.Ordinal);
        Assert.Contains("load generator (h2load) CPU per request", cpu.Measured, StringComparison.Ordinal);
        Assert.Contains(".NET client CPU 1.00x", cpu.Measured, StringComparison.Ordinal);
        Assert.StartsWith("Only slightly", cpu.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_produces_valid_json_and_a_markdown_table()
    {
        var directory = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "perf-results-" + Guid.NewGuid().ToString("N")));
        try
        {
            var (jsonPath, markdownPath) = ResultsWriter.Write(Sample(), directory);

            using var json = JsonDocument.Parse(File.ReadAllText(jsonPath));
            var root = json.RootElement;
            Assert.Equal(2, root.GetProperty("machine").GetProperty("cores").GetInt32());
            Assert.Equal(4, root.GetProperty("unary").GetArrayLength());
            Assert.True(root.GetProperty("unary")[0].GetProperty("statusVerified").GetBoolean());
            Assert.Equal(64, root.GetProperty("unary")[2].GetProperty("concurrency").GetInt32());
            Assert.Equal(0.5, root.GetProperty("streaming").GetProperty("throughputRatio").GetDouble(), 6);
            Assert.False(root.GetProperty("targets")[0].GetProperty("met").GetBoolean());
            Assert.Equal(321, root.GetProperty("suiteSeconds").GetDouble());

            var back = JsonSerializer.Deserialize(File.ReadAllText(jsonPath), ResultsJsonContext.Default.SuiteResults);
            Assert.NotNull(back);
            Assert.Equal(ResultsWriter.ToJson(Sample()), ResultsWriter.ToJson(back));

            var markdown = File.ReadAllText(markdownPath);
            Assert.Contains("| tiny | 8×8 | grpc | 40,000 | 1.11x |", markdown, StringComparison.Ordinal);
            Assert.Contains("| 39,600 / 40,400 |", markdown, StringComparison.Ordinal);
            Assert.Contains("| **no** |", markdown, StringComparison.Ordinal);
            Assert.Contains("Suite runtime, builds included: 5 min 21 s", markdown, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
