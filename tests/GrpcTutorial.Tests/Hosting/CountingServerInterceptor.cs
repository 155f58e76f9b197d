using Grpc.Core;
using Grpc.Core.Interceptors;

namespace GrpcTutorial.Tests.Hosting;

/// <summary>A server interceptor that counts unary calls and rejects calls without an api key when asked to.</summary>
public sealed class CountingServerInterceptor(bool requireApiKey = false) : Interceptor
{
    private int _unaryCalls;

    public int UnaryCalls => _unaryCalls;

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Interlocked.Increment(ref _unaryCalls);
        if (requireApiKey && context.RequestHeaders.GetValue("x-api-key") != "let-me-in")
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "Missing or invalid x-api-key"));
        }

        return continuation(request, context);
    }
}
