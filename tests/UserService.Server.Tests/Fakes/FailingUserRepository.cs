using UserService.Contracts;
using UserService.Server.Storage;

namespace UserService.Server.Tests.Fakes;

/// <summary>
/// A repository whose every user query fails with an exception full of details no client should
/// see. Initializing and counting work, so that the server starts.
/// </summary>
public sealed class FailingUserRepository : IUserRepository
{
    public const string SecretDetail = "SQLite Error 14: unable to open /srv/secret/users.db";

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<User?> GetUserAsync(int id, CancellationToken cancellationToken) => throw Fail();

    public Task<IReadOnlyList<User>> ListUsersAsync(int afterId, int pageSize, CancellationToken cancellationToken) => throw Fail();

    public Task<StoredBatch> AddUsersAsync(IReadOnlyList<User> users, IdempotencyKey? idempotencyKey, CancellationToken cancellationToken) => throw Fail();

    public Task<StoredKey?> FindIdempotencyKeyAsync(string key, CancellationToken cancellationToken) => throw Fail();

    public Task<long> CountUsersAsync(CancellationToken cancellationToken) => Task.FromResult(0L);

    private static InvalidOperationException Fail() => new(SecretDetail);
}
