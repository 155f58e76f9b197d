using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Performance.Core.Data;

namespace Performance.Core.Transport;

/// <summary>
/// Counts how calls ended: gRPC calls by their grpc-status, REST calls by their HTTP status. The
/// load tool only sees HTTP 200 for every gRPC call, failed or not, so this is how the benchmark
/// proves that each counted gRPC request really succeeded. Both protocols pay the same small cost.
/// </summary>
public sealed class StatusCounters
{
    private long _grpcOk;
    private long _grpcFailed;
    private long _restOk;
    private long _restFailed;
    private long _aborted;

    /// <summary>Records how one finished request ended.</summary>
    /// <param name="context">The request, after the endpoint has run.</param>
    public void Record(HttpContext context)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            Interlocked.Increment(ref _aborted);
        }
        else if (context.Request.ContentType is { } contentType && contentType.StartsWith("application/grpc", StringComparison.Ordinal))
        {
            if (GrpcStatus(context) == "0")
            {
                Interlocked.Increment(ref _grpcOk);
            }
            else
            {
                Interlocked.Increment(ref _grpcFailed);
            }
        }
        else if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            if (context.Response.StatusCode is >= 200 and < 300)
            {
                Interlocked.Increment(ref _restOk);
            }
            else
            {
                Interlocked.Increment(ref _restFailed);
            }
        }
    }

    /// <summary>The counts so far.</summary>
    /// <returns>A snapshot that includes this process's id.</returns>
    public ServerStats Snapshot() => new(
        Environment.ProcessId,
        Interlocked.Read(ref _grpcOk),
        Interlocked.Read(ref _grpcFailed),
        Interlocked.Read(ref _restOk),
        Interlocked.Read(ref _restFailed),
        Interlocked.Read(ref _aborted));

    // A normal gRPC response carries grpc-status in its trailers; an error that happens before any
    // message ("trailers-only" response) carries it in the headers.
    private static string? GrpcStatus(HttpContext context)
    {
        var trailers = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers;
        if (trailers is not null && trailers.TryGetValue("grpc-status", out var status))
        {
            return status;
        }

        return context.Response.Headers.TryGetValue("grpc-status", out status) ? (string?)status : null;
    }
}
