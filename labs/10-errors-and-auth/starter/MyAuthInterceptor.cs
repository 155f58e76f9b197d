using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Lab10;

/// <summary>
/// Authenticates every call by its "authorization: Bearer &lt;token&gt;" header before the service sees it.
/// 3. no header, or a token other than "admin-token" and "reader-token": UNAUTHENTICATED, on every kind of method;
/// 4. "reader-token" may read (GetUser, ListUsers) but CreateUsers answers PERMISSION_DENIED; "admin-token" may call everything.
/// There is one handler per kind of method, and each one still lets everyone in: make all four check the caller
/// (one private method they all call keeps the rule in one place).
/// </summary>
public sealed class MyAuthInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        continuation(request, context);

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(request, responseStream, context);

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(requestStream, context);

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(requestStream, responseStream, context);
}
