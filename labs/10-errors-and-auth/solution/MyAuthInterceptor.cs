using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Lab10;

/// <summary>
/// Reference solution: one Authorize method, called by the handler of each of the four kinds of
/// method before the service runs. Unknown caller: UNAUTHENTICATED; known caller without the
/// right: PERMISSION_DENIED.
/// </summary>
public sealed class MyAuthInterceptor : Interceptor
{
    private static readonly Dictionary<string, string> s_roles = new()
    {
        ["Bearer admin-token"] = "admin",
        ["Bearer reader-token"] = "reader",
    };

    private static readonly HashSet<string> s_readMethods =
    [
        "/user_service.UserService/GetUser",
        "/user_service.UserService/ListUsers",
    ];

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(request, responseStream, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(requestStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(requestStream, responseStream, context);
    }

    private static void Authorize(ServerCallContext context)
    {
        var header = context.RequestHeaders.GetValue("authorization");
        if (header is null || !s_roles.TryGetValue(header, out var role))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "A known bearer token is required."));
        }

        if (role != "admin" && !s_readMethods.Contains(context.Method))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"The {role} role may not call {context.Method}."));
        }
    }
}
