using UserService.Server.Storage;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.Storage;

/// <summary>Databases written by earlier versions of the server, upgraded at startup.</summary>
public sealed class SchemaMigrationTests : IAsyncLifetime
{
    // The users table as every version creates it, and the idempotency_keys table as version 2 created it.
    private const string UsersTable =
        """
        CREATE TABLE users (
            id    INTEGER PRIMARY KEY AUTOINCREMENT,
            name  TEXT    NOT NULL CHECK (length(name) > 0),
            email TEXT    NOT NULL COLLATE NOCASE UNIQUE,
            age   INTEGER NOT NULL CHECK (age BETWEEN 0 AND 150)
        );
        INSERT INTO users (name, email, age) VALUES ('Only User', 'only@example.com', 40);
        """;

    private const string IdempotencyKeysTableV2 =
        """
        CREATE TABLE idempotency_keys (
            key           TEXT    PRIMARY KEY,
            batch_hash    TEXT    NOT NULL,
            created_count INTEGER NOT NULL,
            created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        """;

    private const string CreatedAtIndex = "idempotency_keys_by_created_at";
    private static readonly CancellationToken s_none = CancellationToken.None;
    private TempDatabase _database = null!;

    public Task InitializeAsync()
    {
        _database = TempDatabase.Create();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_new_database_is_at_version_3_with_the_created_at_index()
    {
        await _database.CreateRepository().InitializeAsync(s_none);

        Assert.Equal(["3"], await _database.QueryAsync("PRAGMA user_version;"));
        Assert.Equal(["idempotency_keys(created_at)"], await IndexedColumnsAsync());
    }

    [Fact]
    public async Task A_version_2_database_keeps_its_users_and_keys_and_gets_the_created_at_index()
    {
        // One key stored just now by version 2 (SQLite's own clock, through the column default) and
        // one stored long ago.
        await _database.ExecuteAsync(
            $"""
            {UsersTable}
            {IdempotencyKeysTableV2}
            INSERT INTO idempotency_keys (key, batch_hash, created_count) VALUES ('recent', 'hash-1', 1);
            INSERT INTO idempotency_keys (key, batch_hash, created_count, created_at) VALUES ('ancient', 'hash-2', 2, '2020-01-01T00:00:00.000Z');
            PRAGMA user_version = 2;
            """);
        var repository = _database.CreateRepository(TimeProvider.System, TimeSpan.FromHours(24));

        await repository.InitializeAsync(s_none);

        Assert.Equal(["3"], await _database.QueryAsync("PRAGMA user_version;"));
        Assert.Equal(["idempotency_keys(created_at)"], await IndexedColumnsAsync());
        Assert.Equal(["ancient", "recent"], await _database.QueryAsync("SELECT key FROM idempotency_keys ORDER BY key;"));
        Assert.Equal(1, await repository.CountUsersAsync(s_none));

        // The timestamps version 2 wrote compare correctly with the server's clock.
        Assert.Equal(new StoredKey("hash-1", 1), await repository.FindIdempotencyKeyAsync("recent", s_none));
        Assert.Null(await repository.FindIdempotencyKeyAsync("ancient", s_none));
    }

    [Fact]
    public async Task A_version_1_database_keeps_its_users_and_gets_the_keys_table_and_index()
    {
        await _database.ExecuteAsync($"{UsersTable} PRAGMA user_version = 1;");
        var repository = _database.CreateRepository();

        await repository.InitializeAsync(s_none);

        Assert.Equal(["3"], await _database.QueryAsync("PRAGMA user_version;"));
        Assert.Equal(["idempotency_keys(created_at)"], await IndexedColumnsAsync());
        Assert.Equal(1, await repository.CountUsersAsync(s_none));
        Assert.Equal(new StoredBatch(1, Replayed: false), await repository.AddUsersAsync(Users.Many(1), new IdempotencyKey("k", "h"), s_none));
        Assert.Equal(new StoredKey("h", 1), await repository.FindIdempotencyKeyAsync("k", s_none));
    }

    [Fact]
    public async Task A_database_from_a_newer_server_is_refused()
    {
        await _database.ExecuteAsync($"{UsersTable} PRAGMA user_version = 4;");

        var error = await Assert.ThrowsAsync<DatabaseStartupException>(() => _database.CreateRepository().InitializeAsync(s_none));

        Assert.EndsWith("has schema version 4; this server knows versions up to 3.", error.Message, StringComparison.Ordinal);
    }

    private Task<List<string>> IndexedColumnsAsync() =>
        _database.QueryAsync(
            $"""
            SELECT index_list.tbl_name || '(' || index_info.name || ')'
            FROM sqlite_schema AS index_list, pragma_index_info(index_list.name) AS index_info
            WHERE index_list.type = 'index' AND index_list.name = '{CreatedAtIndex}';
            """);
}
