using Grpc.Core;
using UserService.Contracts;
using UserService.Server.Interceptors;
using UserService.Server.Services;

namespace UserService.Server.Tests.InProcess;

/// <summary>What a client that sends bad bytes, huge values or no key gets back, through the real gRPC pipeline.</summary>
public sealed class HostileInputTests
{
    private static readonly Marshaller<byte[]> s_raw = Marshallers.Create(bytes => bytes, bytes => bytes);

    // Field 1 (id, a varint) sent as length-delimited with a length of 127 and no bytes after it.
    private static readonly byte[] s_truncated = [0x0A, 0x7F];

    // Field 2 (name) holding the bytes C3 28, which are not valid UTF-8.
    private static readonly byte[] s_invalidUtf8 = [0x12, 0x02, 0xC3, 0x28];

    [Theory]
    [InlineData("truncated")]
    [InlineData("invalid UTF-8")]
    public async Task A_CreateUsers_message_that_cannot_be_decoded_is_INVALID_ARGUMENT_and_nothing_is_stored(string kind)
    {
        await using var host = await UserServiceHost.StartWithDatabaseAsync();
        var method = new Method<byte[], byte[]>(MethodType.ClientStreaming, "user_service.UserService", "CreateUsers", s_raw, s_raw);
        using var call = host.Server.Channel.CreateCallInvoker().AsyncClientStreamingCall(method, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)));

        await call.RequestStream.WriteAsync(kind == "truncated" ? s_truncated : s_invalidUtf8);
        await call.RequestStream.CompleteAsync();
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(ExceptionInterceptor.MalformedMessage, error.Status.Detail);
        Assert.Equal(5, await host.Repository.CountUsersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_GetUser_request_that_cannot_be_decoded_is_UNKNOWN_because_grpc_dotnet_decodes_it_before_any_interceptor()
    {
        await using var host = await UserServiceHost.StartWithDatabaseAsync();
        var method = new Method<byte[], byte[]>(MethodType.Unary, "user_service.UserService", "GetUser", s_raw, s_raw);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await host.Server.Channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)), s_truncated));

        // Pinned: what the README documents for GetUser and ListUsers.
        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        Assert.Equal("Exception was thrown by handler.", error.Status.Detail);
    }

    [Fact]
    public async Task A_four_MiB_name_is_refused_so_ListUsers_stays_readable_by_a_default_client()
    {
        await using var host = await UserServiceHost.StartWithDatabaseAsync();

        using (var create = host.Client.CreateUsers())
        {
            try
            {
                await create.RequestStream.WriteAsync(new User { Name = new string('n', (4 * 1024 * 1024) - 100), Email = "huge@example.com", Age = 1 });
                await create.RequestStream.CompleteAsync();
            }
            catch (RpcException)
            {
                // The server may end the call before the client finished writing; the status is in ResponseAsync.
            }

            var error = await Assert.ThrowsAsync<RpcException>(() => create.ResponseAsync);
            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Contains("UserService:MaxNameLength", error.Status.Detail, StringComparison.Ordinal);
        }

        using var list = host.Client.ListUsers(new GetUserRequest());
        var count = 0;
        while (await list.ResponseStream.MoveNext())
        {
            count++;
        }

        Assert.Equal(5, count);
    }

    [Fact]
    public async Task With_an_API_key_writes_need_the_bearer_token_and_reads_do_not()
    {
        await using var host = await UserServiceHost.StartWithDatabaseAsync(new Dictionary<string, string?> { ["UserService:ApiKey"] = "s3cret" });

        var anonymous = await Assert.ThrowsAsync<RpcException>(() => CreateOneAsync(host, "anon@example.com", headers: null));
        var wrong = await Assert.ThrowsAsync<RpcException>(() => CreateOneAsync(host, "wrong@example.com", new Metadata { { "authorization", "Bearer guess" } }));
        var created = await CreateOneAsync(host, "keyed@example.com", new Metadata { { "authorization", "Bearer s3cret" } });
        var read = await host.Client.GetUserAsync(new GetUserRequest { UserId = 1 });

        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
        Assert.Equal(StatusCode.Unauthenticated, wrong.StatusCode);
        Assert.Equal(1, created.CreatedCount);
        Assert.Equal("Ada Lovelace", read.User.Name);
        Assert.Equal(6, await host.Repository.CountUsersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_idempotency_key_header_makes_a_retried_stream_return_the_first_result()
    {
        await using var host = await UserServiceHost.StartWithDatabaseAsync();
        var headers = new Metadata { { UserGrpcService.IdempotencyKeyHeader, Guid.NewGuid().ToString() } };

        var first = await CreateOneAsync(host, "once@example.com", headers);
        var retry = await CreateOneAsync(host, "once@example.com", headers);

        Assert.Equal((1, 1), (first.CreatedCount, retry.CreatedCount));
        Assert.Equal(6, await host.Repository.CountUsersAsync(CancellationToken.None));
    }

    private static async Task<CreateUsersResponse> CreateOneAsync(UserServiceHost host, string email, Metadata? headers)
    {
        using var call = host.Client.CreateUsers(headers, deadline: DateTime.UtcNow.AddSeconds(30));
        try
        {
            await call.RequestStream.WriteAsync(new User { Name = "Keyed", Email = email, Age = 30 });
            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
            // The server may refuse the call before reading; its status is in ResponseAsync.
        }

        return await call.ResponseAsync;
    }
}
