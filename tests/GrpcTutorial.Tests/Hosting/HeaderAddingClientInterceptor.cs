using Grpc.Core;
using Grpc.Core.Interceptors;

namespace GrpcTutorial.Tests.Hosting;

/// <summary>A client interceptor that adds an api key header to every unary call.</summary>
public sealed class HeaderAddingClientInterceptor(string apiKey) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var headers = context.Options.Headers ?? [];
        headers.Add("x-api-key", apiKey);
        var options = context.Options.WithHeaders(headers);
        return continuation(request, new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, options));
    }
}
