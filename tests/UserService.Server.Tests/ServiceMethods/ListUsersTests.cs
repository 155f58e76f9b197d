using Grpc.Core;
using UserService.Contracts;
using UserService.Server.Services;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.ServiceMethods;

public sealed class ListUsersTests
{
    [Fact]
    public async Task Zero_streams_every_user_in_id_order()
    {
        var service = ServiceFactory.Create(ServiceFactory.SeededRepository());
        var stream = new TestStreamWriter<User>();

        await service.ListUsers(new GetUserRequest { UserId = 0 }, stream, CallContexts.Create());

        Assert.Equal([1, 2, 3, 4, 5], stream.Written.Select(user => user.Id));
        Assert.Equal("Ada Lovelace", stream.Written[0].Name);
    }

    [Fact]
    public async Task User_id_is_a_cursor_only_later_ids_are_streamed()
    {
        var service = ServiceFactory.Create(ServiceFactory.SeededRepository());
        var stream = new TestStreamWriter<User>();

        await service.ListUsers(new GetUserRequest { UserId = 3 }, stream, CallContexts.Create());

        Assert.Equal([4, 5], stream.Written.Select(user => user.Id));
    }

    [Fact]
    public async Task Cursor_after_the_last_user_streams_nothing()
    {
        var service = ServiceFactory.Create(ServiceFactory.SeededRepository());
        var stream = new TestStreamWriter<User>();

        await service.ListUsers(new GetUserRequest { UserId = 5 }, stream, CallContexts.Create());

        Assert.Empty(stream.Written);
    }

    [Fact]
    public async Task Negative_id_is_INVALID_ARGUMENT()
    {
        var service = ServiceFactory.Create(ServiceFactory.SeededRepository());

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            service.ListUsers(new GetUserRequest { UserId = -1 }, new TestStreamWriter<User>(), CallContexts.Create()));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("user_id must not be negative", error.Status.Detail);
    }

    [Fact]
    public async Task Reads_the_database_one_page_at_a_time()
    {
        var repository = new InMemoryUserRepository { GeneratedUserCount = 250 };
        var service = ServiceFactory.Create(repository);
        var stream = new TestStreamWriter<User>();

        await service.ListUsers(new GetUserRequest(), stream, CallContexts.Create());

        Assert.Equal(Enumerable.Range(1, 250), stream.Written.Select(user => user.Id));
        Assert.Equal(3, repository.PagesRead);
        Assert.All(repository.RequestedPageSizes, size => Assert.Equal(UserGrpcService.ListPageSize, size));
    }

    [Fact]
    public async Task Cancellation_stops_the_stream_between_writes()
    {
        // 100,000 users: the stream must stop long before the end once the call is cancelled.
        var repository = new InMemoryUserRepository { GeneratedUserCount = 100_000 };
        var service = ServiceFactory.Create(repository);
        using var cancellation = new CancellationTokenSource();
        var stream = new TestStreamWriter<User>
        {
            OnWrite = written =>
            {
                if (written == 150)
                {
                    cancellation.Cancel();
                }
            },
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            service.ListUsers(new GetUserRequest(), stream, CallContexts.Create(cancellation.Token)));

        Assert.Equal(150, stream.Written.Count);
        Assert.Equal(2, repository.PagesRead);
    }

    [Fact]
    public async Task Server_shutdown_ends_the_stream_with_UNAVAILABLE()
    {
        var repository = new InMemoryUserRepository { GeneratedUserCount = 100_000 };
        using var lifetime = new StoppingLifetime();
        var service = ServiceFactory.Create(repository, lifetime: lifetime);
        var stream = new TestStreamWriter<User>
        {
            OnWrite = written =>
            {
                if (written == 10)
                {
                    lifetime.StopApplication();
                }
            },
        };

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            service.ListUsers(new GetUserRequest(), stream, CallContexts.Create()));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(10, stream.Written.Count);
    }
}
