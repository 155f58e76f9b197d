using UserService.Contracts;

namespace UserService.Server.Storage;

/// <summary>
/// Stores the users. The gRPC service talks only to this interface, so tests can replace the
/// database with a fake (a slow one, a failing one, ...).
/// </summary>
public interface IUserRepository
{
    /// <summary>Creates the storage (schema and seed users) if it does not exist yet. Safe to call more than once.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Returns the user with the given id, or <see langword="null"/> if there is none.</summary>
    /// <param name="id">The user's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<User?> GetUserAsync(int id, CancellationToken cancellationToken);

    /// <summary>
    /// Returns one page of users: at most <paramref name="pageSize"/> users whose id is greater
    /// than <paramref name="afterId"/>, in id order. A page shorter than the page size is the last one.
    /// </summary>
    /// <param name="afterId">The cursor: only users with a greater id are returned.</param>
    /// <param name="pageSize">The largest number of users to return.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<IReadOnlyList<User>> ListUsersAsync(int afterId, int pageSize, CancellationToken cancellationToken);

    /// <summary>
    /// Stores all the users in one transaction, or none of them. The ids of the given users are
    /// ignored: the database assigns them. With an idempotency key, the key is stored in the same
    /// transaction; if the key is already stored with the same batch, nothing is written and the
    /// first call's count is returned. A key older than the repository's key lifetime counts as
    /// unknown, and the write may delete such expired keys.
    /// </summary>
    /// <param name="users">The users to store.</param>
    /// <param name="idempotencyKey">The client's idempotency key, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the operation; nothing is stored then.</param>
    /// <returns>The number of users stored, and whether the call replayed an earlier one.</returns>
    /// <exception cref="DuplicateEmailException">An email is already taken; nothing was stored.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The key was stored with a different batch; nothing was stored.</exception>
    Task<StoredBatch> AddUsersAsync(IReadOnlyList<User> users, IdempotencyKey? idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Returns the batch stored under an idempotency key, or <see langword="null"/> if the key is new or has expired.</summary>
    /// <param name="key">The client's idempotency key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<StoredKey?> FindIdempotencyKeyAsync(string key, CancellationToken cancellationToken);

    /// <summary>Returns the number of stored users.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<long> CountUsersAsync(CancellationToken cancellationToken);
}
