using UserService.Contracts;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.Storage;

/// <summary>
/// Ten CreateUsers streams at once against one SQLite file, called directly on the service class.
/// (<see cref="InProcess.ConcurrencyTests"/> does the same through a real gRPC pipeline.)
/// </summary>
public sealed class ConcurrentCreateUsersTests
{
    [Fact]
    public async Task Ten_concurrent_streams_of_1000_users_store_exactly_10000_rows()
    {
        var (database, repository) = await TempDatabase.CreateInitializedAsync();
        await using var _ = database;
        var service = ServiceFactory.Create(repository);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(stream => Task.Run(() =>
            service.CreateUsers(TestStreamReader<User>.From(Users.Many(1000, $"s{stream}-user")), CallContexts.Create()))));

        Assert.All(responses, response => Assert.Equal(1000, response.CreatedCount));
        Assert.Equal(5 + 10_000, await repository.CountUsersAsync(CancellationToken.None));
    }
}
