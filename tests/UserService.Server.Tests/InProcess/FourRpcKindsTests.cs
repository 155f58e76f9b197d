using Grpc.Core;
using UserService.Contracts;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.InProcess;

/// <summary>Each kind of RPC through a real gRPC client and the ASP.NET Core pipeline, on a temporary database.</summary>
public sealed class FourRpcKindsTests : IAsyncLifetime
{
    private UserServiceHost _host = null!;

    public async Task InitializeAsync() => _host = await UserServiceHost.StartWithDatabaseAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Unary_GetUser_returns_a_seed_user()
    {
        var response = await _host.Client.GetUserAsync(new GetUserRequest { UserId = 1 });

        Assert.Equal("Ada Lovelace", response.User.Name);
    }

    [Fact]
    public async Task Unary_errors_arrive_as_status_codes()
    {
        var notFound = await Assert.ThrowsAsync<RpcException>(async () => await _host.Client.GetUserAsync(new GetUserRequest { UserId = 42 }));
        var invalid = await Assert.ThrowsAsync<RpcException>(async () => await _host.Client.GetUserAsync(new GetUserRequest { UserId = 0 }));

        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("User 42 not found", notFound.Status.Detail);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
    }

    [Fact]
    public async Task Server_streaming_ListUsers_streams_after_the_cursor_in_id_order()
    {
        using var call = _host.Client.ListUsers(new GetUserRequest { UserId = 2 });

        var ids = new List<int>();
        await foreach (var user in call.ResponseStream.ReadAllAsync())
        {
            ids.Add(user.Id);
        }

        Assert.Equal([3, 4, 5], ids);
    }

    [Fact]
    public async Task Client_streaming_CreateUsers_stores_the_stream_when_it_completes()
    {
        using var call = _host.Client.CreateUsers();
        foreach (var user in Users.Many(3, "new"))
        {
            await call.RequestStream.WriteAsync(user);
        }

        await call.RequestStream.CompleteAsync();
        var response = await call;

        Assert.Equal(3, response.CreatedCount);
        Assert.Equal("new 2", (await _host.Client.GetUserAsync(new GetUserRequest { UserId = 8 })).User.Name);
    }

    [Fact]
    public async Task Client_streaming_error_rolls_back_everything_sent_before_it()
    {
        using var call = _host.Client.CreateUsers();
        foreach (var user in Users.Many(10))
        {
            await call.RequestStream.WriteAsync(user);
        }

        await call.RequestStream.WriteAsync(Users.New("Ada again", "ada@example.com"));
        await call.RequestStream.CompleteAsync();

        var error = await Assert.ThrowsAsync<RpcException>(async () => await call);
        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("users[10].email: 'ada@example.com' already exists", error.Status.Detail);
        Assert.Equal(5, await _host.Repository.CountUsersAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Client_streaming_invalid_user_is_INVALID_ARGUMENT()
    {
        using var call = _host.Client.CreateUsers();
        await call.RequestStream.WriteAsync(Users.New("Ok", "ok@example.com"));

        // The server fails the call as soon as it reads the bad user, without waiting for the end
        // of the stream, so the write of the bad user itself may already report the error.
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await call.RequestStream.WriteAsync(Users.New("Bad", "x"));
            await call.ResponseAsync.WaitAsync(TimeSpan.FromSeconds(5));
        });
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("users[1].email: 'x' is not a valid email address", error.Status.Detail);
    }

    [Fact]
    public async Task Bidirectional_ChatUsers_acknowledges_each_message_before_the_next_is_written()
    {
        using var call = _host.Client.ChatUsers();

        // Proof of interleaving: each reply must arrive while the request stream is still open,
        // before the next request is written. A server that buffered would time out here.
        for (var i = 1; i <= 5; i++)
        {
            await call.RequestStream.WriteAsync(new ChatMessage { User = "ada", Text = $"message {i}" });
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
            Assert.Equal(new ChatMessage { User = "server", Text = $"ada: message {i}" }, call.ResponseStream.Current);
        }

        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Bidirectional_ChatUsers_broadcasts_to_the_other_connected_clients()
    {
        using var ada = _host.Client.ChatUsers();
        using var alan = _host.Client.ChatUsers();

        // An acknowledgement proves that its call has joined the room. Ada joins first, so she
        // receives Alan's first message. Alan may have joined before Ada's "hi" was broadcast or
        // after, so that message may or may not appear in his stream, anywhere before her next one.
        var adaHi = new ChatMessage { User = "ada", Text = "hi" };
        await ada.RequestStream.WriteAsync(adaHi);
        Assert.Equal("ada: hi", (await NextAsync(ada)).Text);
        await alan.RequestStream.WriteAsync(new ChatMessage { User = "alan", Text = "anyone?" });
        Assert.Equal("alan: anyone?", (await NextSkippingAsync(alan, adaHi)).Text);
        Assert.Equal(new ChatMessage { User = "alan", Text = "anyone?" }, await NextAsync(ada));

        await ada.RequestStream.WriteAsync(new ChatMessage { User = "ada", Text = "hello alan" });
        Assert.Equal("ada: hello alan", (await NextAsync(ada)).Text);
        Assert.Equal(new ChatMessage { User = "ada", Text = "hello alan" }, await NextSkippingAsync(alan, adaHi));

        await ada.RequestStream.CompleteAsync();
        await alan.RequestStream.CompleteAsync();
        Assert.False(await ada.ResponseStream.MoveNext());
        Assert.False(await alan.ResponseStream.MoveNext());
    }

    private static async Task<ChatMessage> NextSkippingAsync(AsyncDuplexStreamingCall<ChatMessage, ChatMessage> call, ChatMessage skip)
    {
        var message = await NextAsync(call);
        return message.Equals(skip) ? await NextAsync(call) : message;
    }

    private static async Task<ChatMessage> NextAsync(AsyncDuplexStreamingCall<ChatMessage, ChatMessage> call)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
        return call.ResponseStream.Current;
    }
}
