using Microsoft.Data.Sqlite;
using UserService.Server.Storage;

namespace UserService.Server.Tests.Fakes;

/// <summary>A SQLite file in a new temporary folder, deleted with the folder on dispose.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private readonly string _folder;

    private TempDatabase(string folder)
    {
        _folder = folder;
        Path = System.IO.Path.Combine(folder, "users.db");
    }

    public string Path { get; }

    public static TempDatabase Create() =>
        new(Directory.CreateTempSubdirectory("userservice-tests-").FullName);

    /// <summary>Creates a new temporary database with the schema and the seed users.</summary>
    public static async Task<(TempDatabase Database, SqliteUserRepository Repository)> CreateInitializedAsync()
    {
        var database = Create();
        var repository = database.CreateRepository();
        await repository.InitializeAsync(CancellationToken.None);
        return (database, repository);
    }

    public SqliteUserRepository CreateRepository() => new(Path);

    /// <summary>A repository whose idempotency keys age on the given clock (a FakeTimeProvider, in tests).</summary>
    public SqliteUserRepository CreateRepository(TimeProvider timeProvider, TimeSpan idempotencyKeyLifetime) =>
        new(Path, timeProvider, idempotencyKeyLifetime);

    /// <summary>Runs SQL on the file directly, bypassing the repository (to build or inspect a database).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a query on the file directly and returns the first column of every row, as text.</summary>
    public async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = await OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        return values;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file (and its -wal and -shm companions) open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
