using Grpc.Core;
using UserService.Contracts;
using UserService.Server.Chat;
using UserService.Server.Services;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.ServiceMethods;

public sealed class ChatUsersTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(5);

    private readonly ChatRoom _room = new();
    private readonly UserGrpcService _service;

    public ChatUsersTests() => _service = ServiceFactory.Create(new InMemoryUserRepository(), _room);

    [Fact]
    public async Task Each_message_is_acknowledged_to_its_author()
    {
        var client = Connect();

        client.Requests.Push(new ChatMessage { User = "ada", Text = "hello" });
        Assert.Equal(new ChatMessage { User = "server", Text = "ada: hello" }, await client.Responses.ReadNextAsync());

        client.Requests.Push(new ChatMessage { User = "", Text = "who am I?" });
        Assert.Equal(new ChatMessage { User = "server", Text = "anonymous: who am I?" }, await client.Responses.ReadNextAsync());

        client.Requests.Complete();
        await client.Call.WaitAsync(s_timeout);
        Assert.Equal(0, _room.MemberCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task Empty_text_is_INVALID_ARGUMENT_and_the_member_leaves(string text)
    {
        var client = Connect();

        client.Requests.Push(new ChatMessage { User = "ada", Text = text });
        var error = await Assert.ThrowsAsync<RpcException>(() => client.Call.WaitAsync(s_timeout));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("text must not be empty", error.Status.Detail);
        Assert.Equal(0, _room.MemberCount);
    }

    [Fact]
    public async Task A_message_is_broadcast_to_the_other_members_but_not_echoed_to_its_author()
    {
        var ada = Connect();
        var alan = Connect();
        Assert.Equal(2, _room.MemberCount);

        ada.Requests.Push(new ChatMessage { User = "ada", Text = "hi all" });
        Assert.Equal(new ChatMessage { User = "server", Text = "ada: hi all" }, await ada.Responses.ReadNextAsync());
        Assert.Equal(new ChatMessage { User = "ada", Text = "hi all" }, await alan.Responses.ReadNextAsync());

        alan.Requests.Push(new ChatMessage { User = "alan", Text = "hi ada" });
        Assert.Equal(new ChatMessage { User = "server", Text = "alan: hi ada" }, await alan.Responses.ReadNextAsync());
        Assert.Equal(new ChatMessage { User = "alan", Text = "hi ada" }, await ada.Responses.ReadNextAsync());

        ada.Requests.Complete();
        alan.Requests.Complete();
        await Task.WhenAll(ada.Call, alan.Call).WaitAsync(s_timeout);
        Assert.Equal(2, ada.Responses.Written.Count);
        Assert.Equal(2, alan.Responses.Written.Count);
    }

    [Fact]
    public async Task The_next_message_is_not_processed_before_the_acknowledgement_is_sent()
    {
        var writesHeld = new TaskCompletionSource();
        var ada = Connect(writeGate: writesHeld.Task);
        var alan = Connect();

        // Both of Ada's messages are waiting, but her acknowledgements cannot be sent yet.
        ada.Requests.Push(new ChatMessage { User = "ada", Text = "one" });
        ada.Requests.Push(new ChatMessage { User = "ada", Text = "two" });
        await Task.Delay(200);
        Assert.Empty(alan.Responses.Written);

        // Once the first acknowledgement is sent, "one" is broadcast; then "two" is read.
        writesHeld.SetResult();
        Assert.Equal("ada: one", (await ada.Responses.ReadNextAsync()).Text);
        Assert.Equal("ada: two", (await ada.Responses.ReadNextAsync()).Text);
        Assert.Equal("one", (await alan.Responses.ReadNextAsync()).Text);
        Assert.Equal("two", (await alan.Responses.ReadNextAsync()).Text);

        ada.Requests.Complete();
        alan.Requests.Complete();
        await Task.WhenAll(ada.Call, alan.Call).WaitAsync(s_timeout);
    }

    [Fact]
    public async Task A_member_that_does_not_read_is_evicted_with_RESOURCE_EXHAUSTED_and_the_others_go_on()
    {
        var room = new ChatRoom(mailboxCapacity: 2);
        var service = ServiceFactory.Create(new InMemoryUserRepository(), room);
        var ada = Connect(service);
        var stuck = Connect(service, writeGate: new TaskCompletionSource().Task);

        for (var i = 0; i < 5; i++)
        {
            ada.Requests.Push(new ChatMessage { User = "ada", Text = $"message {i}" });
            Assert.Equal($"ada: message {i}", (await ada.Responses.ReadNextAsync()).Text);
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => stuck.Call.WaitAsync(s_timeout));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(1, room.MemberCount);

        ada.Requests.Push(new ChatMessage { User = "ada", Text = "still here" });
        Assert.Equal("ada: still here", (await ada.Responses.ReadNextAsync()).Text);
        ada.Requests.Complete();
        await ada.Call.WaitAsync(s_timeout);
    }

    [Theory]
    [InlineData("server")]
    [InlineData("Server ")]
    [InlineData("SERVER")]
    public async Task The_servers_name_is_reserved_so_a_client_cannot_forge_acknowledgements(string name)
    {
        var mallory = Connect();

        mallory.Requests.Push(new ChatMessage { User = name, Text = "ada: I resign" });

        var error = await Assert.ThrowsAsync<RpcException>(() => mallory.Call.WaitAsync(s_timeout));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.EndsWith("is reserved for the server's acknowledgements", error.Status.Detail, StringComparison.Ordinal);
        Assert.Empty(mallory.Responses.Written);
    }

    [Fact]
    public async Task A_text_longer_than_the_limit_is_INVALID_ARGUMENT_naming_the_setting()
    {
        var ada = Connect();

        ada.Requests.Push(new ChatMessage { User = "ada", Text = new string('t', 2_001) });

        var error = await Assert.ThrowsAsync<RpcException>(() => ada.Call.WaitAsync(s_timeout));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("text: 2001 characters is more than the limit UserService:MaxChatTextLength = 2000", error.Status.Detail);
    }

    [Fact]
    public async Task Cancelling_the_call_leaves_the_room()
    {
        using var cancellation = new CancellationTokenSource();
        var ada = Connect(cancellationToken: cancellation.Token);
        Assert.Equal(1, _room.MemberCount);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ada.Call.WaitAsync(s_timeout));
        Assert.Equal(0, _room.MemberCount);
    }

    [Fact]
    public async Task Server_shutdown_ends_the_chat_with_UNAVAILABLE()
    {
        using var lifetime = new StoppingLifetime();
        var service = ServiceFactory.Create(new InMemoryUserRepository(), _room, lifetime);
        var ada = Connect(service);

        lifetime.StopApplication();

        var error = await Assert.ThrowsAsync<RpcException>(() => ada.Call.WaitAsync(s_timeout));
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(0, _room.MemberCount);
    }

    private ChatClient Connect(UserGrpcService? service = null, Task? writeGate = null, CancellationToken cancellationToken = default)
    {
        var requests = new TestStreamReader<ChatMessage>();
        var responses = new TestStreamWriter<ChatMessage> { Gate = writeGate };
        var call = (service ?? _service).ChatUsers(requests, responses, CallContexts.Create(cancellationToken));
        return new ChatClient(requests, responses, call);
    }

    private sealed record ChatClient(TestStreamReader<ChatMessage> Requests, TestStreamWriter<ChatMessage> Responses, Task Call);
}
