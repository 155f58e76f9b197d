using Google.Protobuf;
using Grpc.Core;
using GrpcTutorial.Hosting;
using UserService.Contracts;
using Contract = UserService.Contracts.UserService;

namespace GrpcTutorial.Tests.Hosting;

public sealed class InProcessServerTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Unary_call_reaches_the_service_and_returns_its_response()
    {
        await using var server = await InProcessServer.StartAsync<ScriptedUserService>();
        var client = server.CreateClient<Contract.UserServiceClient>();

        var response = await client.GetUserAsync(new GetUserRequest { UserId = 7 }, deadline: Deadline());

        Assert.Equal(7, response.User.Id);
        Assert.Equal("user7@example.com", response.User.Email);
    }

    [Fact]
    public async Task Application_status_codes_reach_the_client()
    {
        await using var server = await InProcessServer.StartAsync<ScriptedUserService>();
        var client = server.CreateClient<Contract.UserServiceClient>();

        var notFound = await Assert.ThrowsAsync<RpcException>(() => client.GetUserAsync(new GetUserRequest { UserId = 5000 }).ResponseAsync);
        var invalid = await Assert.ThrowsAsync<RpcException>(() => client.GetUserAsync(new GetUserRequest { UserId = 0 }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("User 5000 not found", notFound.Status.Detail);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
    }

    [Fact]
    public async Task A_type_gets_a_new_instance_per_call_while_an_instance_serves_every_call()
    {
        var shared = new ScriptedUserService();
        await using var server = await InProcessServer.StartAsync(shared);
        var client = server.CreateClient<Contract.UserServiceClient>();

        await client.GetUserAsync(new GetUserRequest { UserId = 1 });
        await client.GetUserAsync(new GetUserRequest { UserId = 2 });

        Assert.Equal(2, shared.Calls);
    }

    [Fact]
    public async Task Server_streaming_delivers_messages_in_order()
    {
        await using var server = await InProcessServer.StartAsync<ScriptedUserService>();
        var client = server.CreateClient<Contract.UserServiceClient>();
        using var cancel = new CancellationTokenSource(s_patience);
        using var call = client.ListUsers(new GetUserRequest { UserId = 10 }, cancellationToken: cancel.Token);

        var ids = new List<int>();
        await foreach (var user in call.ResponseStream.ReadAllAsync(cancel.Token))
        {
            ids.Add(user.Id);
            if (ids.Count == 8)
            {
                break;
            }
        }

        Assert.Equal([11, 12, 13, 14, 15, 16, 17, 18], ids);
    }

    [Fact]
    public async Task Client_streaming_returns_one_response_after_the_stream_completes()
    {
        await using var server = await InProcessServer.StartAsync<ScriptedUserService>();
        var client = server.CreateClient<Contract.UserServiceClient>();
        using var call = client.CreateUsers(deadline: Deadline());

        for (var i = 0; i < 25; i++)
        {
            await call.RequestStream.WriteAsync(new User { Name = $"n{i}", Email = $"n{i}@example.com" });
        }

        await call.RequestStream.CompleteAsync();
        var response = await call;

        Assert.Equal(25, response.CreatedCount);
    }

    [Fact]
    public async Task Bidirectional_replies_arrive_before_the_next_request_is_written()
    {
        await using var server = await InProcessServer.StartAsync<ScriptedUserService>();
        var client = server.CreateClient<Contract.UserServiceClient>();
        using var cancel = new CancellationTokenSource(s_patience);
        using var call = client.ChatUsers(cancellationToken: cancel.Token);

        for (var i = 0; i < 5; i++)
        {
            await call.RequestStream.WriteAsync(new ChatMessage { User = "ada", Text = $"message {i}" });

            // The reply must come while the request stream is still open: a server (or host)
            // that buffered until the end would make this wait time out.
            var replied = await call.ResponseStream.MoveNext(cancel.Token);

            Assert.True(replied);
            Assert.Equal($"echo: message {i}", call.ResponseStream.Current.Text);
        }

        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(cancel.Token));
    }

    [Fact]
    public async Task Cancelling_a_stream_cancels_the_server_side()
    {
        var service = new ScriptedUserService();
        await using var server = await InProcessServer.StartAsync(service);
        var client = server.CreateClient<Contract.UserServiceClient>();
        using var cancel = new CancellationTokenSource();
        using var call = client.ListUsers(new GetUserRequest(), cancellationToken: cancel.Token);

        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        await cancel.CancelAsync();

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
        });
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        Assert.True(await service.StreamCancelled.Task.WaitAsync(s_patience));
    }

    [Fact]
    public async Task A_deadline_that_passes_mid_stream_ends_it_with_deadline_exceeded_on_both_sides()
    {
        var service = new ScriptedUserService();
        await using var server = await InProcessServer.StartAsync(service);
        var client = server.CreateClient<Contract.UserServiceClient>();

        // After five users the stream sends one every 10 ms, so the deadline passes mid-stream. It
        // is long enough for the handler to start even on a busy machine: a call whose deadline
        // passes before it reaches the server never runs the handler at all.
        using var call = client.ListUsers(new GetUserRequest(), deadline: DateTime.UtcNow.AddSeconds(1));
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None))
            {
            }
        });

        Assert.True(error.StatusCode == StatusCode.DeadlineExceeded, error.ToString());
        Assert.True(await service.StreamCancelled.Task.WaitAsync(s_patience));
    }

    [Fact]
    public async Task Deadlines_end_unary_calls_with_deadline_exceeded_every_time()
    {
        // TestServer turns the stream reset that follows the DEADLINE_EXCEEDED trailers into an
        // exception; the host ignores resets so the status matches a call over the network.
        await using var server = await InProcessServer.StartAsync<SlowUserService>();
        var client = server.CreateClient<Contract.UserServiceClient>();

        var errors = await Task.WhenAll(Enumerable.Range(1, 30).Select(id => Assert.ThrowsAsync<RpcException>(() =>
            client.GetUserAsync(new GetUserRequest { UserId = id }, deadline: DateTime.UtcNow.AddMilliseconds(30)).ResponseAsync)));

        Assert.All(errors, error => Assert.True(error.StatusCode == StatusCode.DeadlineExceeded, error.ToString()));
    }

    [Fact]
    public async Task A_status_the_server_sends_after_the_client_cancelled_never_reaches_the_client()
    {
        // Over a connection the client's RST_STREAM ends the stream, so a status the server sends in
        // reaction to it is never seen; the client reports CANCELLED itself. TestServer would deliver
        // it, and the client would report the server's status instead.
        var service = new AnswersAfterCancellationUserService();
        await using var server = await InProcessServer.StartAsync(service);
        var client = server.CreateClient<Contract.UserServiceClient>();

        for (var attempt = 1; attempt <= 20; attempt++)
        {
            service.Reset();
            using var cancel = new CancellationTokenSource();
            using var call = client.CreateUsers(cancellationToken: cancel.Token);
            await call.RequestStream.WriteAsync(new User { Name = "Ada" });
            await service.FirstUserRead.Task.WaitAsync(s_patience);

            await cancel.CancelAsync();

            var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
            Assert.True(error.StatusCode == StatusCode.Cancelled, $"attempt {attempt}: {error}");
            await service.Answered.Task.WaitAsync(s_patience);
        }
    }

    [Fact]
    public async Task Server_and_client_interceptors_run_in_the_pipeline()
    {
        var guard = new CountingServerInterceptor(requireApiKey: true);
        var options = new InProcessServerOptions().AddService<ScriptedUserService>();
        options.ServerInterceptors.Add(guard);
        options.ClientInterceptors.Add(new HeaderAddingClientInterceptor("let-me-in"));
        await using var server = await InProcessServer.StartAsync(options);

        var withKey = await server.CreateClient<Contract.UserServiceClient>().GetUserAsync(new GetUserRequest { UserId = 3 });
        var withoutKey = new Contract.UserServiceClient(server.Channel);
        var rejected = await Assert.ThrowsAsync<RpcException>(() => withoutKey.GetUserAsync(new GetUserRequest { UserId = 3 }).ResponseAsync);

        Assert.Equal(3, withKey.User.Id);
        Assert.Equal(StatusCode.Unauthenticated, rejected.StatusCode);
        Assert.Equal(2, guard.UnaryCalls);
    }

    [Fact]
    public async Task A_message_over_the_receive_limit_is_rejected_with_resource_exhausted()
    {
        var options = new InProcessServerOptions { MaxReceiveMessageSize = 100 }.AddService<ScriptedUserService>();
        await using var server = await InProcessServer.StartAsync(options);
        var client = server.CreateClient<Contract.UserServiceClient>();
        using var call = client.CreateUsers(deadline: Deadline());

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await call.RequestStream.WriteAsync(new User { Name = new string('x', 500) });
            await call.RequestStream.CompleteAsync();
            await call;
        });

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Detailed_errors_decide_whether_exception_messages_leak(bool detailed)
    {
        var options = new InProcessServerOptions { EnableDetailedErrors = detailed }.AddService<ScriptedUserService>();
        await using var server = await InProcessServer.StartAsync(options);
        var client = server.CreateClient<Contract.UserServiceClient>();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.GetUserAsync(new GetUserRequest { UserId = -1 }).ResponseAsync);

        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        Assert.Equal(detailed, error.Status.Detail.Contains("secret connection string", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Recording_captures_headers_frames_and_trailers_of_a_unary_call()
    {
        var seen = new List<RecordedCall>();
        var options = new InProcessServerOptions { RecordCalls = true, OnCallRecorded = seen.Add }.AddService<ScriptedUserService>();
        await using var server = await InProcessServer.StartAsync(options);
        var client = server.CreateClient<Contract.UserServiceClient>();
        var request = new GetUserRequest { UserId = 2 };

        var response = await client.GetUserAsync(request, deadline: DateTime.UtcNow.AddSeconds(30));

        var call = Assert.Single(server.RecordedCalls);
        Assert.Same(call, Assert.Single(seen));
        Assert.Equal("/user_service.UserService/GetUser", call.Path);
        Assert.Equal(":method", call.RequestHeaders[0].Key);
        Assert.Contains(call.RequestHeaders, h => h is { Key: ":path", Value: "/user_service.UserService/GetUser" });
        Assert.Contains(call.RequestHeaders, h => h is { Key: "content-type", Value: "application/grpc" });
        Assert.Contains(call.RequestHeaders, h => h is { Key: "te", Value: "trailers" });
        Assert.Contains(call.RequestHeaders, h => h.Key == "grpc-timeout");

        var requestFrame = Assert.Single(call.RequestFrames);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 2 }, requestFrame.Prefix);
        Assert.Equal(request.ToByteArray(), requestFrame.Payload);
        Assert.Equal(response.ToByteArray(), Assert.Single(call.ResponseFrames).Payload);

        Assert.Equal(0, call.GrpcStatus);
        Assert.Contains(call.Trailers, t => t is { Key: "grpc-status", Value: "0" });
        Assert.Contains("DATA", call.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_shows_a_trailers_only_error_response()
    {
        var options = new InProcessServerOptions { RecordCalls = true }.AddService<ScriptedUserService>();
        await using var server = await InProcessServer.StartAsync(options);
        var client = server.CreateClient<Contract.UserServiceClient>();

        await Assert.ThrowsAsync<RpcException>(() => client.GetUserAsync(new GetUserRequest { UserId = 4242 }).ResponseAsync);

        var call = Assert.Single(server.RecordedCalls);
        Assert.Empty(call.ResponseFrames);
        Assert.Equal((int)StatusCode.NotFound, call.GrpcStatus);
        Assert.Equal("User 4242 not found", call.GrpcMessage);
    }

    [Fact]
    public async Task Recording_keeps_every_message_of_a_bidirectional_call()
    {
        var options = new InProcessServerOptions { RecordCalls = true }.AddService<ScriptedUserService>();
        await using var server = await InProcessServer.StartAsync(options);
        var client = server.CreateClient<Contract.UserServiceClient>();

        using (var call = client.ChatUsers(deadline: Deadline()))
        {
            foreach (var text in new[] { "a", "b", "c" })
            {
                await call.RequestStream.WriteAsync(new ChatMessage { User = "u", Text = text });
                Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            }

            await call.RequestStream.CompleteAsync();
            Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
        }

        var recorded = Assert.Single(server.RecordedCalls);
        Assert.Equal(["a", "b", "c"], recorded.RequestFrames.Select(f => ChatMessage.Parser.ParseFrom(f.Payload).Text));
        Assert.Equal(3, recorded.ResponseFrames.Count);
    }

    [Fact]
    public async Task Every_kind_of_call_is_recorded_by_the_time_the_client_sees_its_end()
    {
        var options = new InProcessServerOptions { RecordCalls = true }.AddService<ShortStreamUserService>();
        await using var server = await InProcessServer.StartAsync(options);
        var client = server.CreateClient<Contract.UserServiceClient>();
        var expected = 0;

        // Many rounds, because a late recording is a race that a single call usually wins.
        for (var round = 0; round < 50; round++)
        {
            await client.GetUserAsync(new GetUserRequest { UserId = 1 }, deadline: Deadline());
            Assert.Equal(++expected, server.RecordedCalls.Count);

            await Assert.ThrowsAsync<RpcException>(() => client.GetUserAsync(new GetUserRequest { UserId = 4242 }, deadline: Deadline()).ResponseAsync);
            Assert.Equal(++expected, server.RecordedCalls.Count);

            using (var list = client.ListUsers(new GetUserRequest { UserId = 0 }, deadline: Deadline()))
            {
                while (await list.ResponseStream.MoveNext(CancellationToken.None))
                {
                }
            }

            Assert.Equal(++expected, server.RecordedCalls.Count);
            Assert.Equal(3, server.RecordedCalls[^1].ResponseFrames.Count);

            using (var create = client.CreateUsers(deadline: Deadline()))
            {
                await create.RequestStream.WriteAsync(new User { Id = 1 });
                await create.RequestStream.CompleteAsync();
                await create.ResponseAsync;
            }

            Assert.Equal(++expected, server.RecordedCalls.Count);

            using (var chat = client.ChatUsers(deadline: Deadline()))
            {
                await chat.RequestStream.WriteAsync(new ChatMessage { User = "u", Text = "hi" });
                await chat.RequestStream.CompleteAsync();
                while (await chat.ResponseStream.MoveNext(CancellationToken.None))
                {
                }
            }

            Assert.Equal(++expected, server.RecordedCalls.Count);
        }
    }

    [Fact]
    public async Task Starting_without_services_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => InProcessServer.StartAsync(new InProcessServerOptions()));

        Assert.Contains("AddService", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disposed_server_refuses_new_clients()
    {
        var server = await InProcessServer.StartAsync<ScriptedUserService>();
        await server.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => server.CreateClient<Contract.UserServiceClient>());
    }

    [Fact]
    public async Task Many_concurrent_calls_share_one_server()
    {
        await using var server = await InProcessServer.StartAsync<ScriptedUserService>();
        var client = server.CreateClient<Contract.UserServiceClient>();

        var responses = await Task.WhenAll(Enumerable.Range(1, 200).Select(id => client.GetUserAsync(new GetUserRequest { UserId = id }).ResponseAsync));

        Assert.Equal(Enumerable.Range(1, 200), responses.Select(r => r.User.Id));
    }

    private static DateTime Deadline() => DateTime.UtcNow.Add(s_patience);
}
