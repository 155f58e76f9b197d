namespace Performance.Core.Results;

/// <summary>ListUsers streaming against the same users as one JSON array.</summary>
/// <param name="Grpc">The gRPC server-streaming downloads (ListUsers, one user per message).</param>
/// <param name="Json">The JSON array downloads.</param>
/// <param name="GrpcPages">
/// The experiment beside the contract: the same users streamed in pages of <paramref name="PageSize"/>
/// users per message. Not what the target measures; it shows how much of ListUsers' cost is per message.
/// </param>
/// <param name="PageSize">Users per message in <paramref name="GrpcPages"/>.</param>
/// <param name="Codecs">The codecs alone on the same users, in memory, for comparison.</param>
public sealed record StreamingResults(StreamingRun Grpc, StreamingRun Json, StreamingRun? GrpcPages, int PageSize, CodecBaseline? Codecs)
{
    /// <summary>gRPC users per second divided by JSON users per second.</summary>
    public double ThroughputRatio => Grpc.UsersPerSecond / Json.UsersPerSecond;

    /// <summary>Paged gRPC users per second divided by JSON users per second, if the experiment ran.</summary>
    public double? PagesThroughputRatio => GrpcPages is null ? null : GrpcPages.UsersPerSecond / Json.UsersPerSecond;
}
