using Grpc.Core;
using UserService.Contracts;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.InProcess;

public sealed class CancellationAndDeadlineTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

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
        // The handler ended with an exception rather than by streaming to the end: usually an
        // OperationCanceledException, or the error of a write that raced with the cancellation.
        var serverError = await completion.ServerStreamingFinished.WaitAsync(s_timeout);
        Assert.NotNull(serverError);

        // The server read a few pages ahead of the client at most, nowhere near all 10,000 pages.
        var pagesWhenStopped = repository.PagesRead;
        Assert.InRange(pagesWhenStopped, 1, 100);
        await Task.Delay(200);
        Assert.Equal(pagesWhenStopped, repository.PagesRead);
    }

    [Fact]
    public async Task ListUsers_past_its_deadline_mid_stream_is_DEADLINE_EXCEEDED_and_the_server_stops()
    {
        // The first page (100 users) comes at once, the second one would take 30 seconds.
        var repository = new InMemoryUserRepository { GeneratedUserCount = 1_000, PageDelay = TimeSpan.FromSeconds(30), FastPages = 1 };
        var completion = new CallCompletionInterceptor();
        await using var host = await UserServiceHost.StartWithRepositoryAsync(repository, options => options.ServerInterceptors.Add(completion));

        // Long enough for the first page to arrive even on a busy machine.
        using var call = host.Client.ListUsers(new GetUserRequest(), deadline: DateTime.UtcNow.AddSeconds(3));
        for (var i = 1; i <= 100; i++)
        {
            Assert.True(await call.ResponseStream.MoveNext());
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext().WaitAsync(s_timeout));
        Assert.True(error.StatusCode == StatusCode.DeadlineExceeded, error.ToString());
        var serverError = await completion.ServerStreamingFinished.WaitAsync(s_timeout);
        Assert.IsAssignableFrom<OperationCanceledException>(serverError);
        Assert.Equal(1, repository.PagesRead);
    }
}
