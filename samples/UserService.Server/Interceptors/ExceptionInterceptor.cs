using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace UserService.Server.Interceptors;

/// <summary>
/// Turns unexpected exceptions into INTERNAL with a generic message, for all four kinds of RPC.
/// The exception is logged on the server, never sent to the client: its message or stack trace
/// could reveal file paths, SQL or other internals. An <see cref="RpcException"/> (a deliberate
/// status such as NOT_FOUND) passes through unchanged, and so does anything thrown after the
/// client cancelled the call or its deadline passed (gRPC reports CANCELLED or DEADLINE_EXCEEDED);
/// a request stream that the client reset is CANCELLED even before the call's token says so
/// (<see cref="ClientResetAwareReader{T}"/>).
/// A request message that cannot be decoded (malformed protobuf, invalid UTF-8 in a string) is the
/// client's fault: INVALID_ARGUMENT, logged as one warning line. That applies where the handler reads
/// the messages (CreateUsers, ChatUsers); the single request of GetUser and ListUsers is decoded by
/// grpc-dotnet before any interceptor runs.
/// </summary>
public sealed class ExceptionInterceptor : Interceptor
{
    /// <summary>The status detail sent to the client for every unexpected failure.</summary>
    public const string InternalErrorMessage = "An internal error occurred.";

    /// <summary>The status detail sent to the client for a request message that cannot be decoded.</summary>
    public const string MalformedMessage = "The request message is not valid protobuf for this method (or a string field is not valid UTF-8).";

    private readonly ILogger<ExceptionInterceptor> _logger;

    /// <summary>Creates the interceptor.</summary>
    /// <param name="logger">Where the real exceptions are logged.</param>
    public ExceptionInterceptor(ILogger<ExceptionInterceptor> logger) => _logger = logger;

    /// <inheritdoc />
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (IsUnexpected(ex, context))
        {
            throw ToStatus(ex, context);
        }
    }

    /// <inheritdoc />
    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(new ClientResetAwareReader<TRequest>(requestStream), context);
        }
        catch (Exception ex) when (IsUnexpected(ex, context))
        {
            throw ToStatus(ex, context);
        }
    }

    /// <inheritdoc />
    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (IsUnexpected(ex, context))
        {
            throw ToStatus(ex, context);
        }
    }

    /// <inheritdoc />
    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(new ClientResetAwareReader<TRequest>(requestStream), responseStream, context);
        }
        catch (Exception ex) when (IsUnexpected(ex, context))
        {
            throw ToStatus(ex, context);
        }
    }

    /// <summary>True when <paramref name="exception"/> (or one it wraps) says a request message could not be decoded.</summary>
    internal static bool IsMalformedMessage(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is InvalidProtocolBufferException or DecoderFallbackException)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnexpected(Exception exception, ServerCallContext context) =>
        exception is not RpcException && !context.CancellationToken.IsCancellationRequested;

    private RpcException ToStatus(Exception exception, ServerCallContext context)
    {
        if (IsMalformedMessage(exception))
        {
            _logger.LogWarning("Malformed request message in {Method} from {Peer}: {Reason}", context.Method, context.Peer, exception.GetBaseException().Message);
            return new RpcException(new Status(StatusCode.InvalidArgument, MalformedMessage));
        }

        _logger.LogError(exception, "Unhandled exception in {Method}", context.Method);
        return new RpcException(new Status(StatusCode.Internal, InternalErrorMessage));
    }
}
