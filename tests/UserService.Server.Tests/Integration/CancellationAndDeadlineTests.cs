using Grpc.Core;
using UserService.Contracts;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.Integration;

public sealed class CancellationAndDeadlineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Client_cancelling_ListUsers_mid_stream_stops_the_server()
    {
        var repository = new InMemoryUserRepository { GeneratedUserCount = 1_000_000 };
        var completion = new CallCompletionInterceptor();
        await using var host = await UserServiceHost.StartWithRepositoryAsync(repository, options => options.ServerInterceptors.Add(completion));
        using var cancellation = new CancellationTokenSource();
        using var call = host.Client.ListUsers(new GetUserRequest(), cancellationToken: cancellation.Token);

        for (var i = 1; i <= 10; i++)
        {
            Assert.True(await call.ResponseStream.MoveNext());
            Assert.Equal(i, call.ResponseStream.Current.Id);
        }

        await cancellation.CancelAsync();

        var clientError = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.Cancelled, clientError.StatusCode);
        var serverError = await completion.ServerStreamingFinished.WaitAsync(Timeout);
        Assert.IsAssignableFrom<OperationCanceledException>(serverError);

        // The server read a few pages ahead of the client at most, nowhere near all 10,000 pages.
        var pagesWhenStopped = repository.PagesRead;
        Assert.InRange(pagesWhenStopped, 1, 100);
        await Task.Delay(200);
        Assert.Equal(pagesWhenStopped, repository.PagesRead);
    }

    [Fact]
    public async Task ListUsers_past_its_deadline_is_DEADLINE_EXCEEDED_and_the_server_stops()
    {
        var repository = new InMemoryUserRepository { GeneratedUserCount = 1_000, PageDelay = TimeSpan.FromSeconds(30) };
        var completion = new CallCompletionInterceptor();
        await using var host = await UserServiceHost.StartWithRepositoryAsync(repository, options => options.ServerInterceptors.Add(completion));

        // A deadline long enough for the call to reach the server even on a busy machine; the
        // repository then takes 30 seconds for the first page.
        using var call = host.Client.ListUsers(new GetUserRequest(), deadline: DateTime.UtcNow.AddSeconds(1));
        await repository.ListStarted.WaitAsync(Timeout);

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext().WaitAsync(Timeout));
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        var serverError = await completion.ServerStreamingFinished.WaitAsync(Timeout);
        Assert.IsAssignableFrom<OperationCanceledException>(serverError);
        Assert.Equal(0, repository.PagesRead);
    }

    [Fact]
    public async Task Chat_call_past_its_deadline_is_DEADLINE_EXCEEDED()
    {
        await using var host = await UserServiceHost.StartWithRepositoryAsync(new InMemoryUserRepository());
        using var call = host.Client.ChatUsers(deadline: DateTime.UtcNow.AddSeconds(2));

        await call.RequestStream.WriteAsync(new ChatMessage { User = "ada", Text = "hi" });
        Assert.True(await call.ResponseStream.MoveNext());

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext().WaitAsync(Timeout));
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }
}
