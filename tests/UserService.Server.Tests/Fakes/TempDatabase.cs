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

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file (and its -wal and -shm companions) open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
