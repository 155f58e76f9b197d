using Grpc.Core;
using Microsoft.Extensions.Logging;
using UserService.Contracts;
using UserService.Server.Interceptors;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.ServiceMethods;

/// <summary>The service with a repository that throws, behind the interceptor, as the server runs it.</summary>
public sealed class ExceptionInterceptorTests
{
    private readonly RecordingLogger<ExceptionInterceptor> _logger = new();
    private readonly ExceptionInterceptor _interceptor;

    public ExceptionInterceptorTests() => _interceptor = new ExceptionInterceptor(_logger);

    [Fact]
    public async Task Unary_failure_is_INTERNAL_with_a_generic_message_and_logged_on_the_server()
    {
        var service = ServiceFactory.Create(new FailingUserRepository());

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _interceptor.UnaryServerHandler(new GetUserRequest { UserId = 1 }, CallContexts.Create(), service.GetUser));

        AssertGenericInternal(error);
        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal(FailingUserRepository.SecretDetail, entry.Exception?.Message);
    }

    [Fact]
    public async Task A_message_that_cannot_be_decoded_is_INVALID_ARGUMENT_and_one_warning_line()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _interceptor.ClientStreamingServerHandler<User, CreateUsersResponse>(
                TestStreamReader<User>.From([]),
                CallContexts.Create(),
                (_, _) => Task.FromResult(new CreateUsersResponse { CreatedCount = User.Parser.ParseFrom([0x0A, 0x7F]).Age })));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(ExceptionInterceptor.MalformedMessage, error.Status.Detail);
        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Null(entry.Exception);
    }

    [Fact]
    public async Task A_request_stream_the_client_reset_is_CANCELLED_and_not_logged_as_an_error()
    {
        // Kestrel fails the read with an IOException before it cancels the call's token.
        var service = ServiceFactory.Create(new InMemoryUserRepository());

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _interceptor.ClientStreamingServerHandler(new ResetStreamReader<User>(), CallContexts.Create(), service.CreateUsers));

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        Assert.Equal("The client reset the request stream.", error.Status.Detail);
        Assert.DoesNotContain(_logger.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_chat_whose_client_reset_its_stream_is_CANCELLED()
    {
        var service = ServiceFactory.Create(new InMemoryUserRepository());

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _interceptor.DuplexStreamingServerHandler(new ResetStreamReader<ChatMessage>(), new TestStreamWriter<ChatMessage>(), CallContexts.Create(), service.ChatUsers));

        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        Assert.DoesNotContain(_logger.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task Server_streaming_failure_is_INTERNAL()
    {
        var service = ServiceFactory.Create(new FailingUserRepository());

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _interceptor.ServerStreamingServerHandler(new GetUserRequest(), new TestStreamWriter<User>(), CallContexts.Create(), service.ListUsers));

        AssertGenericInternal(error);
    }

    [Fact]
    public async Task Client_streaming_failure_is_INTERNAL()
    {
        var service = ServiceFactory.Create(new FailingUserRepository());
        var requests = TestStreamReader<User>.From([Users.New("Ada", "ada@example.com")]);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _interceptor.ClientStreamingServerHandler(requests, CallContexts.Create(), service.CreateUsers));

        AssertGenericInternal(error);
    }

    [Fact]
    public async Task Duplex_failure_is_INTERNAL()
    {
        var requests = TestStreamReader<ChatMessage>.From([new ChatMessage { Text = "hi" }]);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _interceptor.DuplexStreamingServerHandler<ChatMessage, ChatMessage>(
                requests, new TestStreamWriter<ChatMessage>(), CallContexts.Create(), (_, _, _) => throw new IOException("disk /srv/secret full")));

        AssertGenericInternal(error);
        Assert.DoesNotContain("secret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliberate_status_passes_through_unchanged_and_is_not_logged()
    {
        var service = ServiceFactory.Create(new InMemoryUserRepository());

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _interceptor.UnaryServerHandler(new GetUserRequest { UserId = 42 }, CallContexts.Create(), service.GetUser));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task Cancellation_of_the_call_passes_through()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _interceptor.UnaryServerHandler<GetUserRequest, GetUserResponse>(
                new GetUserRequest(), CallContexts.Create(cancellation.Token), (_, context) => throw new OperationCanceledException(context.CancellationToken)));
        Assert.Empty(_logger.Entries);
    }

    private static void AssertGenericInternal(RpcException error)
    {
        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Equal(ExceptionInterceptor.InternalErrorMessage, error.Status.Detail);
        Assert.Null(error.Status.DebugException);
        Assert.DoesNotContain("secret", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class ResetStreamReader<T> : IAsyncStreamReader<T>
    {
        public T Current => throw new InvalidOperationException("no message was read");

        public Task<bool> MoveNext(CancellationToken cancellationToken) =>
            Task.FromException<bool>(new IOException("The client reset the request stream."));
    }
}
