namespace Performance.Core.Results;

/// <summary>ListUsers streaming against the same users as one JSON array.</summary>
/// <param name="Grpc">The gRPC server-streaming downloads.</param>
/// <param name="Json">The JSON array downloads.</param>
public sealed record StreamingResults(StreamingRun Grpc, StreamingRun Json)
{
    /// <summary>gRPC users per second divided by JSON users per second.</summary>
    public double ThroughputRatio => Grpc.UsersPerSecond / Json.UsersPerSecond;
}
