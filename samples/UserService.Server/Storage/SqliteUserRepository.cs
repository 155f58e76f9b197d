using System.Globalization;
using Microsoft.Data.Sqlite;
using UserService.Contracts;
using UserService.Server.Configuration;

namespace UserService.Server.Storage;

/// <summary>
/// Stores the users in a SQLite file. Every statement is parameterized. The database runs in WAL
/// mode (readers never block the writer and the writer never blocks readers) and every connection
/// waits up to <see cref="BusyTimeoutMilliseconds"/> for the write lock instead of failing with
/// SQLITE_BUSY, so concurrent calls queue up instead of failing. Idempotency keys expire after a
/// lifetime measured with the given <see cref="TimeProvider"/>; each write deletes expired ones.
/// </summary>
public sealed class SqliteUserRepository : IUserRepository
{
    /// <summary>How long a connection waits for another connection's write lock.</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    /// <summary>
    /// The most expired idempotency keys one write deletes, so that a large backlog (a busy day's keys,
    /// or a database that kept its keys before they expired) is deleted over several writes instead
    /// of holding the write lock for one long delete.
    /// </summary>
    public const int MaxExpiredKeysDeletedPerWrite = 1_000;

    // SQLITE_CONSTRAINT_UNIQUE: an INSERT broke a UNIQUE constraint (here: the email).
    private const int SqliteConstraintUnique = 2067;

    // SQLITE_NOTADB: the file is not a SQLite database (or is encrypted, or corrupt).
    private const int SqliteNotADatabase = 26;

    // The schema version stored in PRAGMA user_version: 0 is a new, empty database, 1 has the users
    // table, 2 adds the idempotency keys, 3 indexes them by creation time (to find the expired ones).
    private const int SchemaVersion = 3;

    // created_at is ISO-8601 UTC text with milliseconds, the format of SQLite's
    // strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), so that comparing the text compares the times.
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _idempotencyKeyLifetime;

    /// <summary>
    /// Creates a repository for the given database file, on the system clock, with idempotency keys
    /// that expire after <see cref="UserServiceOptions.DefaultIdempotencyKeyLifetime"/>; call
    /// <see cref="InitializeAsync"/> before use.
    /// </summary>
    /// <param name="databasePath">The SQLite file; it and its folder are created if missing.</param>
    public SqliteUserRepository(string databasePath)
        : this(databasePath, TimeProvider.System, UserServiceOptions.DefaultIdempotencyKeyLifetime)
    {
    }

    /// <summary>Creates a repository for the given database file; call <see cref="InitializeAsync"/> before use.</summary>
    /// <param name="databasePath">The SQLite file; it and its folder are created if missing.</param>
    /// <param name="timeProvider">The clock that stamps idempotency keys and decides when they expire.</param>
    /// <param name="idempotencyKeyLifetime">
    /// How long an idempotency key is honoured (more than zero, at most
    /// <see cref="UserServiceOptions.MaxIdempotencyKeyLifetime"/>); an older key counts as unknown.
    /// </param>
    public SqliteUserRepository(string databasePath, TimeProvider timeProvider, TimeSpan idempotencyKeyLifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idempotencyKeyLifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(idempotencyKeyLifetime, UserServiceOptions.MaxIdempotencyKeyLifetime);
        _timeProvider = timeProvider;
        _idempotencyKeyLifetime = idempotencyKeyLifetime;
        DatabasePath = Path.GetFullPath(databasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    /// <exception cref="DatabaseStartupException">The file or its folder cannot be used; the message names the file.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeCoreAsync(cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteNotADatabase)
        {
            throw new DatabaseStartupException($"The database {DatabasePath} is not a SQLite database (or it is corrupt).", ex);
        }
        catch (SqliteException ex)
        {
            throw new DatabaseStartupException($"The database {DatabasePath} cannot be used: {ex.Message.TrimEnd('.')}.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseStartupException($"The database folder {Path.GetDirectoryName(DatabasePath)} cannot be created: {ex.Message.TrimEnd('.')}.", ex);
        }
    }

    private async Task InitializeCoreAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);

        // WAL mode is stored in the file itself, so setting it once is enough.
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);

        // BEGIN IMMEDIATE: two processes starting at once cannot both create the schema.
        await using var transaction = connection.BeginTransaction();
        var current = await ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken);
        if (current > SchemaVersion)
        {
            throw new DatabaseStartupException(
                $"The database {DatabasePath} has schema version {current}; this server knows versions up to {SchemaVersion}.");
        }

        if (current == 0 && await ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM sqlite_schema;", cancellationToken) > 0)
        {
            // Tables but no version: another program's database. Adding ours would change it.
            throw new DatabaseStartupException(
                $"The database {DatabasePath} is not a UserService database: it has tables but no schema version.");
        }

        if (current == SchemaVersion)
        {
            return;
        }

        if (current < 1)
        {
            await ExecuteAsync(
                connection,
                transaction,
                """
                CREATE TABLE users (
                    id    INTEGER PRIMARY KEY AUTOINCREMENT,
                    name  TEXT    NOT NULL CHECK (length(name) > 0),
                    email TEXT    NOT NULL COLLATE NOCASE UNIQUE,
                    age   INTEGER NOT NULL CHECK (age BETWEEN 0 AND 150)
                );
                """,
                cancellationToken);
            await InsertAsync(connection, transaction, SeedUsers.All, cancellationToken);
        }

        if (current < 2)
        {
            // Version 2: the idempotency keys of CreateUsers, each with the batch it stored. The server
            // writes created_at itself (from its TimeProvider); the default is what version 2 wrote.
            await ExecuteAsync(
                connection,
                transaction,
                """
                CREATE TABLE idempotency_keys (
                    key           TEXT    PRIMARY KEY,
                    batch_hash    TEXT    NOT NULL,
                    created_count INTEGER NOT NULL,
                    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
                );
                """,
                cancellationToken);
        }

        // Version 3: the expired keys are found (oldest first) without reading the whole table.
        // A version-2 file keeps its keys; they expire like new ones.
        await ExecuteAsync(
            connection,
            transaction,
            "CREATE INDEX idempotency_keys_by_created_at ON idempotency_keys (created_at);",
            cancellationToken);

        await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {SchemaVersion};", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<User?> GetUserAsync(int id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, email, age FROM users WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadUser(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<User>> ListUsersAsync(int afterId, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);

        // Keyset paging: "id > cursor ORDER BY id" uses the primary key index and stays fast on
        // the last page too, unlike OFFSET, which skips rows one by one.
        await using var connection = await OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, email, age FROM users WHERE id > $afterId ORDER BY id LIMIT $pageSize;";
        command.Parameters.AddWithValue("$afterId", afterId);
        command.Parameters.AddWithValue("$pageSize", pageSize);

        var page = new List<User>(Math.Min(pageSize, 1_000));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(ReadUser(reader));
        }

        return page;
    }

    /// <inheritdoc />
    public async Task<StoredBatch> AddUsersAsync(IReadOnlyList<User> users, IdempotencyKey? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);

        await using var connection = await OpenAsync(cancellationToken);

        // Microsoft.Data.Sqlite starts transactions with BEGIN IMMEDIATE: the write lock is taken
        // here (waiting up to the busy timeout for other writers), not half-way through, so the
        // key lookup below and the inserts see the same database. Disposing the transaction
        // without Commit rolls everything back.
        await using var transaction = connection.BeginTransaction();
        var now = _timeProvider.GetUtcNow();
        await DeleteExpiredKeysAsync(connection, transaction, ExpiryCutoff(now), idempotencyKey?.Value, cancellationToken);
        if (idempotencyKey is not null)
        {
            // An expired row for this key was deleted just above: what is found here is current.
            using var lookup = connection.CreateCommand();
            lookup.Transaction = transaction;
            lookup.CommandText = "SELECT batch_hash, created_count FROM idempotency_keys WHERE key = $key;";
            lookup.Parameters.AddWithValue("$key", idempotencyKey.Value);
            await using var reader = await lookup.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                var createdCount = reader.GetInt32(1);
                var storedHash = reader.GetString(0);
                return storedHash == idempotencyKey.BatchHash
                    ? new StoredBatch(createdCount, Replayed: true)
                    : throw new IdempotencyKeyReusedException(createdCount, storedHash);
            }
        }

        await InsertAsync(connection, transaction, users, cancellationToken);
        if (idempotencyKey is not null)
        {
            using var remember = connection.CreateCommand();
            remember.Transaction = transaction;
            remember.CommandText =
                "INSERT INTO idempotency_keys (key, batch_hash, created_count, created_at) VALUES ($key, $hash, $count, $createdAt);";
            remember.Parameters.AddWithValue("$key", idempotencyKey.Value);
            remember.Parameters.AddWithValue("$hash", idempotencyKey.BatchHash);
            remember.Parameters.AddWithValue("$count", users.Count);
            remember.Parameters.AddWithValue("$createdAt", FormatTimestamp(now));
            await remember.ExecuteNonQueryAsync(cancellationToken);
        }

        // The last moment the call's cancellation can still undo the batch.
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(cancellationToken);
        return new StoredBatch(users.Count, Replayed: false);
    }

    /// <inheritdoc />
    public async Task<StoredKey?> FindIdempotencyKeyAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT batch_hash, created_count FROM idempotency_keys WHERE key = $key AND created_at >= $cutoff;";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$cutoff", ExpiryCutoff(_timeProvider.GetUtcNow()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredKey(reader.GetString(0), reader.GetInt32(1)) : null;
    }

    /// <inheritdoc />
    public async Task<long> CountUsersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM users;";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Deletes, in the write transaction, the given key if it has expired (so that it can be stored
    /// again) and at most <see cref="MaxExpiredKeysDeletedPerWrite"/> other expired keys, oldest first.
    /// If the transaction rolls back, the keys stay until a later write commits; they are expired all
    /// the same, because every lookup compares created_at with the cutoff.
    /// </summary>
    private static async Task DeleteExpiredKeysAsync(
        SqliteConnection connection, SqliteTransaction transaction, string cutoff, string? key, CancellationToken cancellationToken)
    {
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;

        // Both statements find their rows through an index: the primary key, then created_at.
        // (DELETE ... LIMIT needs a compile-time option of SQLite; the subquery does not.)
        delete.CommandText =
            """
            DELETE FROM idempotency_keys WHERE key = $key AND created_at < $cutoff;
            DELETE FROM idempotency_keys WHERE rowid IN (
                SELECT rowid FROM idempotency_keys WHERE created_at < $cutoff ORDER BY created_at LIMIT $limit);
            """;
        delete.Parameters.AddWithValue("$key", (object?)key ?? DBNull.Value);
        delete.Parameters.AddWithValue("$cutoff", cutoff);
        delete.Parameters.AddWithValue("$limit", MaxExpiredKeysDeletedPerWrite);
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    // Keys created before this moment have expired; a key exactly as old as the lifetime has not.
    // Passed as text: Microsoft.Data.Sqlite would write a DateTimeOffset parameter in another format.
    private string ExpiryCutoff(DateTimeOffset now) => FormatTimestamp(now - _idempotencyKeyLifetime);

    private static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private static async Task InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<User> users, CancellationToken cancellationToken)
    {
        // One prepared statement, executed once per user with new parameter values.
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO users (name, email, age) VALUES ($name, $email, $age);";
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var email = insert.Parameters.Add("$email", SqliteType.Text);
        var age = insert.Parameters.Add("$age", SqliteType.Integer);

        for (var i = 0; i < users.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            name.Value = users[i].Name;
            email.Value = users[i].Email;
            age.Value = users[i].Age;
            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException ex) when (ex.SqliteExtendedErrorCode == SqliteConstraintUnique)
            {
                throw new DuplicateEmailException(i, users[i].Email, ex);
            }
        }
    }

    private static User ReadUser(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt32(0),
        Name = reader.GetString(1),
        Email = reader.GetString(2),
        Age = reader.GetInt32(3),
    };

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Wait for the write lock instead of failing at once with SQLITE_BUSY.
            await ExecuteAsync(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
