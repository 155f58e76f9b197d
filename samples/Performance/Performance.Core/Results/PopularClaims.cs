namespace Performance.Core.Results;

/// <summary>
/// The popular claims about gRPC that the suite and lesson 13 test, worded once. They are the claims
/// usually quoted in comparison tables (for example "REST/JSON 100%, gRPC 30-50%" for payload size).
/// </summary>
/// <example>
/// <code>
/// Console.WriteLine(PopularClaims.PayloadSize);
/// </code>
/// </example>
public static class PopularClaims
{
    /// <summary>The latency claim.</summary>
    public const string Latency = "Latency: REST/JSON 10-50 ms per call, gRPC 2-10 ms";

    /// <summary>The throughput claim.</summary>
    public const string Throughput = "Throughput: REST/JSON 1K-10K requests/s, gRPC 10K-100K requests/s";

    /// <summary>The payload size claim: the protobuf payload is 30-50% OF the JSON size (not 30-50% smaller).</summary>
    public const string PayloadSize = "Payload size: a gRPC (protobuf) payload is 30-50% of the REST/JSON size";

    /// <summary>The CPU claim.</summary>
    public const string Cpu = "CPU: gRPC uses less CPU per call";

    /// <summary>The speed claim.</summary>
    public const string Speed = "Speed: gRPC is 5-10x faster than REST/JSON";

    /// <summary>The example that usually comes with the payload claim: a small user record.</summary>
    public const string PayloadExample = "a small user record is ~80 bytes as JSON and ~25 bytes as protobuf";
}
