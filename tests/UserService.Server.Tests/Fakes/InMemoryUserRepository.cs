using UserService.Contracts;
using UserService.Server.Storage;

namespace UserService.Server.Tests.Fakes;

/// <summary>
/// A repository in memory that records the pages ListUsers asks for. With <see cref="GeneratedUserCount"/>
/// it pretends to hold that many users without storing them; <see cref="PageDelay"/> makes the
/// pages after the first <see cref="FastPages"/> slow (honouring cancellation), to test deadlines.
/// </summary>
public sealed class InMemoryUserRepository : IUserRepository
{
    private readonly List<User> _users = [];
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string BatchHash, int Count)> _keys = [];
    private int _pagesRead;

    public InMemoryUserRepository(IEnumerable<User>? users = null)
    {
        foreach (var user in users ?? [])
        {
            _users.Add(user.Clone());
        }
    }

    /// <summary>When set, the repository behaves as if it held users 1 to this number.</summary>
    public int? GeneratedUserCount { get; init; }

    public TimeSpan PageDelay { get; init; }

    /// <summary>
    /// When true, <see cref="FindIdempotencyKeyAsync"/> finds nothing, as for a call that looked before
    /// a concurrent attempt with the same key committed; <see cref="AddUsersAsync"/> still sees the key.
    /// </summary>
    public bool FindMissesKeys { get; init; }

    /// <summary>How many pages come at once before <see cref="PageDelay"/> applies.</summary>
    public int FastPages { get; init; }

    public int PagesRead => Volatile.Read(ref _pagesRead);

    public List<int> RequestedPageSizes { get; } = [];

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<User?> GetUserAsync(int id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_users.FirstOrDefault(user => user.Id == id)?.Clone());
        }
    }

    public async Task<IReadOnlyList<User>> ListUsersAsync(int afterId, int pageSize, CancellationToken cancellationToken)
    {
        if (PageDelay > TimeSpan.Zero && PagesRead >= FastPages)
        {
            await Task.Delay(PageDelay, cancellationToken);
        }

        Interlocked.Increment(ref _pagesRead);
        lock (_gate)
        {
            RequestedPageSizes.Add(pageSize);
            if (GeneratedUserCount is { } count)
            {
                var first = afterId + 1;
                var last = Math.Min(count, afterId + pageSize);
                return [.. Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(Generate)];
            }

            return [.. _users.Where(user => user.Id > afterId).OrderBy(user => user.Id).Take(pageSize).Select(user => user.Clone())];
        }
    }

    public Task<StoredBatch> AddUsersAsync(IReadOnlyList<User> users, IdempotencyKey? idempotencyKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (idempotencyKey is not null && _keys.TryGetValue(idempotencyKey.Value, out var first))
            {
                return first.BatchHash == idempotencyKey.BatchHash
                    ? Task.FromResult(new StoredBatch(first.Count, Replayed: true))
                    : throw new IdempotencyKeyReusedException(first.Count, first.BatchHash);
            }

            var nextId = _users.Count == 0 ? 1 : _users.Max(user => user.Id) + 1;
            foreach (var user in users)
            {
                var stored = user.Clone();
                stored.Id = nextId++;
                _users.Add(stored);
            }

            if (idempotencyKey is not null)
            {
                _keys[idempotencyKey.Value] = (idempotencyKey.BatchHash, users.Count);
            }

            return Task.FromResult(new StoredBatch(users.Count, Replayed: false));
        }
    }

    public Task<StoredKey?> FindIdempotencyKeyAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (FindMissesKeys)
            {
                return Task.FromResult<StoredKey?>(null);
            }

            return Task.FromResult(_keys.TryGetValue(key, out var first) ? new StoredKey(first.BatchHash, first.Count) : null);
        }
    }

    public Task<long> CountUsersAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult((long)(GeneratedUserCount ?? _users.Count));
        }
    }

    public static User Generate(int id) =>
        new() { Id = id, Name = $"User {id}", Email = $"user{id}@example.com", Age = id % 100 };
}
