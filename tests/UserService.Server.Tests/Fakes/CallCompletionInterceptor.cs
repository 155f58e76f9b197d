using Grpc.Core;
using Grpc.Core.Interceptors;

namespace UserService.Server.Tests.Fakes;

/// <summary>
/// A server interceptor that tells the test when the server-streaming handler has really finished
/// on the server, and how: proof that the server stopped, not only that the client stopped listening.
/// </summary>
public sealed class CallCompletionInterceptor : Interceptor
{
    private readonly TaskCompletionSource<Exception?> _serverStreamingFinished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the handler's exception (null if it returned normally).</summary>
    public Task<Exception?> ServerStreamingFinished => _serverStreamingFinished.Task;

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
            _serverStreamingFinished.TrySetResult(null);
        }
        catch (Exception ex)
        {
            _serverStreamingFinished.TrySetResult(ex);
            throw;
        }
    }
}
