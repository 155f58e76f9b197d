using Microsoft.Extensions.Time.Testing;
using UserService.Server.Storage;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.Storage;

/// <summary>Idempotency keys on a real SQLite file, aged with a fake clock.</summary>
public sealed class IdempotencyKeyExpiryTests : IAsyncLifetime
{
    private const int SeededCount = 5;
    private static readonly CancellationToken s_none = CancellationToken.None;
    private static readonly TimeSpan s_lifetime = TimeSpan.FromHours(24);
    private static readonly DateTimeOffset s_start = new(2026, 1, 31, 9, 15, 2, 250, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(s_start);
    private TempDatabase _database = null!;
    private SqliteUserRepository _repository = null!;

    public async Task InitializeAsync()
    {
        _database = TempDatabase.Create();
        _repository = _database.CreateRepository(_time, s_lifetime);
        await _repository.InitializeAsync(s_none);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_key_is_stamped_with_the_time_of_the_injected_clock()
    {
        await _repository.AddUsersAsync(Users.Many(1), Key("stamped"), s_none);

        Assert.Equal(["2026-01-31T09:15:02.250Z"], await _database.QueryAsync("SELECT created_at FROM idempotency_keys;"));
    }

    [Fact]
    public async Task A_key_exactly_as_old_as_the_lifetime_is_still_honoured()
    {
        var batch = Users.Many(3);
        await _repository.AddUsersAsync(batch, Key("key", "hash-1"), s_none);

        _time.Advance(s_lifetime);

        Assert.Equal(new StoredKey("hash-1", 3), await _repository.FindIdempotencyKeyAsync("key", s_none));
        Assert.Equal(new StoredBatch(3, Replayed: true), await _repository.AddUsersAsync(batch, Key("key", "hash-1"), s_none));
        Assert.Equal(SeededCount + 3, await _repository.CountUsersAsync(s_none));
    }

    [Fact]
    public async Task A_key_older_than_the_lifetime_is_unknown_and_a_retry_of_its_batch_is_a_duplicate_email()
    {
        var batch = Users.Many(3);
        await _repository.AddUsersAsync(batch, Key("key", "hash-1"), s_none);

        _time.Advance(s_lifetime + TimeSpan.FromMilliseconds(1));

        Assert.Null(await _repository.FindIdempotencyKeyAsync("key", s_none));
        var error = await Assert.ThrowsAsync<DuplicateEmailException>(() => _repository.AddUsersAsync(batch, Key("key", "hash-1"), s_none));
        Assert.Equal(0, error.Index);
        Assert.Equal(SeededCount + 3, await _repository.CountUsersAsync(s_none));
    }

    [Fact]
    public async Task An_expired_key_can_be_stored_again_with_a_new_batch()
    {
        await _repository.AddUsersAsync(Users.Many(3), Key("key", "hash-1"), s_none);
        _time.Advance(s_lifetime + TimeSpan.FromMinutes(1));

        var stored = await _repository.AddUsersAsync(Users.Many(2, "next"), Key("key", "hash-2"), s_none);

        Assert.Equal(new StoredBatch(2, Replayed: false), stored);
        Assert.Equal(new StoredKey("hash-2", 2), await _repository.FindIdempotencyKeyAsync("key", s_none));
        Assert.Equal(["2026-02-01T09:16:02.250Z"], await _database.QueryAsync("SELECT created_at FROM idempotency_keys;"));
    }

    [Fact]
    public async Task The_next_write_deletes_the_expired_keys_and_keeps_the_fresh_ones()
    {
        await _repository.AddUsersAsync(Users.Many(1, "old"), Key("old"), s_none);
        _time.Advance(TimeSpan.FromHours(2));
        await _repository.AddUsersAsync(Users.Many(1, "fresh"), Key("fresh"), s_none);

        // "old" is 25 hours old, "fresh" 23 hours.
        _time.Advance(TimeSpan.FromHours(23));
        Assert.Equal(["fresh", "old"], await KeysAsync());

        await _repository.AddUsersAsync(Users.Many(1, "other"), idempotencyKey: null, s_none);

        Assert.Equal(["fresh"], await KeysAsync());
    }

    [Fact]
    public async Task A_write_that_fails_keeps_the_expired_keys_but_they_stay_unknown()
    {
        await _repository.AddUsersAsync(Users.Many(1, "old"), Key("old"), s_none);
        _time.Advance(s_lifetime + TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<DuplicateEmailException>(() =>
            _repository.AddUsersAsync([Users.New("Ada again", "ada@example.com")], idempotencyKey: null, s_none));

        Assert.Equal(["old"], await KeysAsync());
        Assert.Null(await _repository.FindIdempotencyKeyAsync("old", s_none));
    }

    [Fact]
    public async Task One_write_deletes_at_most_the_limit_of_expired_keys_oldest_first()
    {
        // A backlog of expired keys, one a second, as an old database could hold.
        var backlog = SqliteUserRepository.MaxExpiredKeysDeletedPerWrite + 2;
        await _database.ExecuteAsync(
            $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < {backlog})
            INSERT INTO idempotency_keys (key, batch_hash, created_count, created_at)
            SELECT printf('expired-%04d', i), 'hash', 1, strftime('%Y-%m-%dT%H:%M:%fZ', '2025-06-01', printf('+%d seconds', i)) FROM n;
            """);

        await _repository.AddUsersAsync(Users.Many(1), idempotencyKey: null, s_none);

        Assert.Equal(["expired-1000", "expired-1001"], await KeysAsync());

        await _repository.AddUsersAsync(Users.Many(1, "next"), idempotencyKey: null, s_none);

        Assert.Empty(await KeysAsync());
    }

    private static IdempotencyKey Key(string value, string batchHash = "hash") => new(value, batchHash);

    private Task<List<string>> KeysAsync() => _database.QueryAsync("SELECT key FROM idempotency_keys ORDER BY key;");
}
