using System.Net;
using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;
using UserService.Server.Configuration;

namespace UserService.Server.Interceptors;

/// <summary>
/// Guards the two methods that change what other clients see, CreateUsers and ChatUsers. With
/// <see cref="UserServiceOptions.ApiKey"/> set, their callers must send <c>authorization: Bearer &lt;key&gt;</c>;
/// without it, they are served only on loopback connections. Anything else is UNAUTHENTICATED.
/// GetUser and ListUsers stay open.
/// </summary>
public sealed class WriteAccessInterceptor : Interceptor
{
    /// <summary>The request header that carries the key.</summary>
    public const string AuthorizationHeader = "authorization";

    private readonly byte[]? _expected;

    /// <summary>Creates the interceptor.</summary>
    /// <param name="options">Holds the key, if any.</param>
    public WriteAccessInterceptor(IOptions<UserServiceOptions> options)
    {
        var key = options.Value.ApiKey;
        _expected = string.IsNullOrEmpty(key) ? null : Encoding.UTF8.GetBytes($"Bearer {key}");
    }

    /// <summary>GetUser is a read: it needs no key.</summary>
    /// <inheritdoc />
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        continuation(request, context);

    /// <summary>ListUsers is a read: it needs no key.</summary>
    /// <inheritdoc />
    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(request, responseStream, context);

    /// <inheritdoc />
    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(requestStream, context);
    }

    /// <inheritdoc />
    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(requestStream, responseStream, context);
    }

    private void Authorize(ServerCallContext context)
    {
        if (_expected is null)
        {
            if (!IsLoopback(context))
            {
                throw new RpcException(new Status(
                    StatusCode.Unauthenticated,
                    $"{context.Method} is served only on loopback connections while {UserServiceOptions.SectionName}:{nameof(UserServiceOptions.ApiKey)} is not set."));
            }

            return;
        }

        var sent = context.RequestHeaders.GetValue(AuthorizationHeader);
        if (sent is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), _expected))
        {
            throw new RpcException(new Status(
                StatusCode.Unauthenticated, $"{context.Method} needs the header 'authorization: Bearer <key>' with the server's API key."));
        }
    }

    private static bool IsLoopback(ServerCallContext context)
    {
        try
        {
            var local = context.GetHttpContext().Connection.LocalIpAddress;
            return local is null || IPAddress.IsLoopback(local);
        }
        catch (InvalidOperationException)
        {
            // Called without ASP.NET Core (a unit test's context): no network connection at all.
            return true;
        }
    }
}
