using Grpc.Core;
using UserService.Contracts;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.InProcess;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Ten_concurrent_CreateUsers_streams_of_1000_users_store_exactly_10000_rows()
    {
        await using var host = await UserServiceHost.StartWithDatabaseAsync();

        var counts = await Task.WhenAll(Enumerable.Range(0, 10).Select(async stream =>
        {
            using var call = host.Client.CreateUsers();
            foreach (var user in Users.Many(1000, $"stream{stream}-user"))
            {
                await call.RequestStream.WriteAsync(user);
            }

            await call.RequestStream.CompleteAsync();
            return (await call).CreatedCount;
        }));

        Assert.All(counts, count => Assert.Equal(1000, count));
        Assert.Equal(5 + 10_000, await host.Repository.CountUsersAsync(CancellationToken.None));

        // And they all stream back, in id order, through the paged ListUsers.
        using var list = host.Client.ListUsers(new GetUserRequest());
        var previous = 0;
        var streamed = 0;
        while (await list.ResponseStream.MoveNext())
        {
            Assert.True(list.ResponseStream.Current.Id > previous);
            previous = list.ResponseStream.Current.Id;
            streamed++;
        }

        Assert.Equal(10_005, streamed);
    }
}
