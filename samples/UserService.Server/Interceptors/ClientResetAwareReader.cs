using Grpc.Core;

namespace UserService.Server.Interceptors;

/// <summary>
/// A request stream that reports a client's reset as CANCELLED. When a client resets its stream
/// (RST_STREAM: it cancelled, or its deadline passed), Kestrel fails the pending read with an
/// <see cref="IOException"/> and cancels the call's token a moment later, on another thread. A
/// handler that sees the exception first must not turn the client's own cancellation into INTERNAL
/// and an error in the server's log.
/// </summary>
/// <typeparam name="T">The request message type.</typeparam>
internal sealed class ClientResetAwareReader<T>(IAsyncStreamReader<T> inner) : IAsyncStreamReader<T>
{
    /// <summary>The status detail of a call whose client reset its request stream.</summary>
    public const string ResetMessage = "The client reset the request stream.";

    /// <inheritdoc />
    public T Current => inner.Current;

    /// <inheritdoc />
    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        try
        {
            return await inner.MoveNext(cancellationToken);
        }
        catch (IOException exception) when (!ExceptionInterceptor.IsMalformedMessage(exception))
        {
            // grpc-dotnet wraps a message it cannot decode in an IOException too: that is INVALID_ARGUMENT.
            throw new RpcException(new Status(StatusCode.Cancelled, ResetMessage, exception));
        }
    }
}
