using Microsoft.Data.Sqlite;
using UserService.Contracts;
using UserService.Server.Storage;
using UserService.Server.Tests.Fakes;

namespace UserService.Server.Tests.Storage;

public sealed class SqliteUserRepositoryTests : IAsyncLifetime
{
    private static readonly CancellationToken s_none = CancellationToken.None;
    private TempDatabase _database = null!;

    public Task InitializeAsync()
    {
        _database = TempDatabase.Create();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_new_database_is_created_with_the_five_seed_users()
    {
        var repository = _database.CreateRepository();

        await repository.InitializeAsync(s_none);

        Assert.True(File.Exists(_database.Path));
        var users = await repository.ListUsersAsync(0, 100, s_none);
        Assert.Equal([1, 2, 3, 4, 5], users.Select(user => user.Id));
        Assert.Equal(SeedUsers.All.Select(user => user.Email), users.Select(user => user.Email));
        Assert.Equal(new User { Id = 1, Name = "Ada Lovelace", Email = "ada@example.com", Age = 36 }, await repository.GetUserAsync(1, s_none));
    }

    [Fact]
    public async Task Data_survives_a_restart_and_the_seed_users_are_not_added_again()
    {
        var first = _database.CreateRepository();
        await first.InitializeAsync(s_none);
        await first.AddUsersAsync([Users.New("Linus", "linus@example.com")], null, s_none);

        // A new repository on the same file, as after a server restart.
        SqliteConnection.ClearAllPools();
        var second = _database.CreateRepository();
        await second.InitializeAsync(s_none);

        Assert.Equal(6, await second.CountUsersAsync(s_none));
        var linus = await second.GetUserAsync(6, s_none);
        Assert.Equal("linus@example.com", linus?.Email);
    }

    [Fact]
    public async Task The_database_runs_in_WAL_mode()
    {
        var repository = _database.CreateRepository();
        await repository.InitializeAsync(s_none);

        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }

    [Fact]
    public async Task Missing_folder_is_created()
    {
        var nested = Path.Combine(Path.GetDirectoryName(_database.Path)!, "data", "nested", "users.db");
        var repository = new SqliteUserRepository(nested);

        await repository.InitializeAsync(s_none);

        Assert.Equal(5, await repository.CountUsersAsync(s_none));
    }

    [Fact]
    public async Task Ids_are_assigned_by_the_database_and_given_ids_are_ignored()
    {
        var repository = await InitializedAsync();
        var user = Users.New("Given id", "given@example.com");
        user.Id = 1000;

        await repository.AddUsersAsync([user], null, s_none);

        Assert.Null(await repository.GetUserAsync(1000, s_none));
        Assert.Equal("Given id", (await repository.GetUserAsync(6, s_none))?.Name);
    }

    [Fact]
    public async Task Duplicate_email_throws_with_the_position_and_rolls_back_the_batch()
    {
        var repository = await InitializedAsync();
        var batch = Users.Many(20);
        batch.Add(Users.New("Grace again", "Grace@Example.com"));

        var error = await Assert.ThrowsAsync<DuplicateEmailException>(() => repository.AddUsersAsync(batch, null, s_none));

        Assert.Equal(20, error.Index);
        Assert.Equal("Grace@Example.com", error.Email);
        Assert.Equal(5, await repository.CountUsersAsync(s_none));
    }

    [Fact]
    public async Task Text_is_stored_verbatim_because_every_statement_is_parameterized()
    {
        var repository = await InitializedAsync();
        var name = "Robert'); DROP TABLE users;--";

        await repository.AddUsersAsync([Users.New(name, "bobby@example.com")], null, s_none);

        Assert.Equal(name, (await repository.GetUserAsync(6, s_none))?.Name);
        Assert.Equal(6, await repository.CountUsersAsync(s_none));
    }

    [Fact]
    public async Task Pages_follow_the_cursor_in_id_order()
    {
        var repository = await InitializedAsync();
        await repository.AddUsersAsync(Users.Many(10), null, s_none);

        var first = await repository.ListUsersAsync(0, 4, s_none);
        var next = await repository.ListUsersAsync(first[^1].Id, 4, s_none);
        var last = await repository.ListUsersAsync(14, 4, s_none);

        Assert.Equal([1, 2, 3, 4], first.Select(user => user.Id));
        Assert.Equal([5, 6, 7, 8], next.Select(user => user.Id));
        Assert.Equal([15], last.Select(user => user.Id));
    }

    [Fact]
    public async Task Initializing_twice_at_once_creates_the_schema_once()
    {
        await Task.WhenAll(_database.CreateRepository().InitializeAsync(s_none), _database.CreateRepository().InitializeAsync(s_none));

        Assert.Equal(5, await _database.CreateRepository().CountUsersAsync(s_none));
    }

    private async Task<SqliteUserRepository> InitializedAsync()
    {
        var repository = _database.CreateRepository();
        await repository.InitializeAsync(s_none);
        return repository;
    }
}
