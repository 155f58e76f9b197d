using Grpc.Core;
using Grpc.Net.Client;
using UserService.Contracts;
using UserService.Server.Tests.Fakes;
using UserService.Testing;
using UserServiceClient = UserService.Contracts.UserService.UserServiceClient;

namespace UserService.Server.Tests.RealProcess;

/// <summary>
/// What a hostile or unlucky client gets from the real executable over a real connection. One server
/// for the class (its stream limit lowered to 64 KiB), one fresh email domain per test.
/// </summary>
public sealed class HostileClientTests : IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private static readonly Marshaller<byte[]> s_raw = Marshallers.Create(bytes => bytes, bytes => bytes);

    private TempDatabase _database = null!;
    private RunningProcess _server = null!;
    private GrpcChannel _channel = null!;
    private UserServiceClient _client = null!;

    public async Task InitializeAsync()
    {
        _database = TempDatabase.Create();
        string address;
        (_server, address) = await RealServer.StartAsync(
            ["--urls", "http://127.0.0.1:0", $"--Database:Path={_database.Path}", "--UserService:MaxStreamBytes=65536"]);
        _channel = GrpcChannel.ForAddress(address);
        _client = new UserServiceClient(_channel);
    }

    public async Task DisposeAsync()
    {
        _channel.Dispose();
        await _server.StopAsync(TimeSpan.FromSeconds(15));
        _server.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_answers_what_the_first_call_stored_and_stores_nothing_new()
    {
        var users = Many("retry.example", 5);
        var headers = new Metadata { { "idempotency-key", Guid.NewGuid().ToString() } };

        // What the server sees from a grpc-js client that cancelled after two users: two users, then a
        // clean end of stream. The server stores them; that client was told CANCELLED and retries everything.
        var first = await CreateAsync(users.Take(2), headers);
        var retry = await CreateAsync(users, headers);
        var again = await CreateAsync(users, headers);

        Assert.Equal((2, 2, 2), (first.CreatedCount, retry.CreatedCount, again.CreatedCount));
        Assert.Equal(2, await CountAsync("retry.example"));
    }

    [Fact]
    public async Task A_stream_over_the_byte_limit_is_RESOURCE_EXHAUSTED_naming_it_and_stores_nothing()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync(Many("bytes.example", 2_000), headers: null));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("UserService:MaxStreamBytes = 65536", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("bytes.example"));
    }

    [Fact]
    public async Task A_four_MiB_name_is_refused_and_every_user_stays_readable()
    {
        var huge = new User { Name = new string('n', (4 * 1024 * 1024) - 100), Email = "huge@huge.example", Age = 1 };

        var error = await Assert.ThrowsAsync<RpcException>(() => CreateAsync([huge], headers: null));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.True(await CountAsync("") >= 5);
    }

    [Fact]
    public async Task A_100000_character_invalid_email_gets_a_short_INVALID_ARGUMENT()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            CreateAsync([new User { Name = "Eve", Email = new string('e', 100_000), Age = 1 }], headers: null));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.True(error.Status.Detail.Length < 200, error.Status.Detail);
    }

    [Fact]
    public async Task Bytes_that_are_not_a_User_are_INVALID_ARGUMENT()
    {
        var method = new Method<byte[], byte[]>(MethodType.ClientStreaming, "user_service.UserService", "CreateUsers", s_raw, s_raw);
        using var call = _channel.CreateCallInvoker().AsyncClientStreamingCall(method, null, new CallOptions(deadline: DateTime.UtcNow.Add(s_timeout)));

        await call.RequestStream.WriteAsync([0x12, 0x02, 0xC3, 0x28]);
        await call.RequestStream.CompleteAsync();
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.True(!_server.Output.Contains("   at ", StringComparison.Ordinal), _server.Output);
    }

    [Fact]
    public async Task A_client_calling_itself_server_in_the_chat_is_refused()
    {
        using var chat = _client.ChatUsers(deadline: DateTime.UtcNow.Add(s_timeout));

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await chat.RequestStream.WriteAsync(new ChatMessage { User = "server", Text = "ada: I resign" });
            await chat.ResponseStream.MoveNext();
        });

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    private static List<User> Many(string domain, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new User { Name = $"user {i}", Email = $"user{i}@{domain}", Age = 30 })];

    private async Task<CreateUsersResponse> CreateAsync(IEnumerable<User> users, Metadata? headers)
    {
        using var call = _client.CreateUsers(headers, deadline: DateTime.UtcNow.Add(s_timeout));
        try
        {
            foreach (var user in users)
            {
                await call.RequestStream.WriteAsync(user);
            }

            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
            // The server ended the call before reading everything; its status is in ResponseAsync.
        }

        return await call.ResponseAsync;
    }

    private async Task<int> CountAsync(string domain)
    {
        using var list = _client.ListUsers(new GetUserRequest(), deadline: DateTime.UtcNow.Add(s_timeout));
        var count = 0;
        await foreach (var user in list.ResponseStream.ReadAllAsync())
        {
            count += user.Email.EndsWith("@" + domain, StringComparison.Ordinal) || domain.Length == 0 ? 1 : 0;
        }

        return count;
    }
}
