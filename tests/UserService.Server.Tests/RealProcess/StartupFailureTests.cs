using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using UserService.Testing;

namespace UserService.Server.Tests.RealProcess;

/// <summary>The executable's command line and the ways it can fail to start: one line, naming the port or the file.</summary>
public sealed class StartupFailureTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("userservice-startup-").FullName;

    [Fact]
    public async Task Help_lists_the_settings_and_exits_0()
    {
        using var server = RealServer.Run(["--help"]);
        var result = await server.WaitForExitAsync(s_timeout);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--Database:Path", result.Output, StringComparison.Ordinal);
        Assert.Contains("--UserService:ApiKey", result.Output, StringComparison.Ordinal);
        Assert.Contains("--UserService:IdempotencyKeyLifetime", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Databse:Path=x.db", "error: unknown option '--Databse:Path' (see --help)")]
    [InlineData("--url", "error: unknown option '--url' (see --help)")]
    [InlineData("stray", "error: unexpected argument 'stray': settings look like --name value or --name=value (see --help)")]
    public async Task A_mistyped_option_is_one_error_line_and_exit_2(string argument, string expected)
    {
        using var server = RealServer.Run([argument]);
        var result = await server.WaitForExitAsync(s_timeout);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([expected], result.ErrorLines);
    }

    [Fact]
    public async Task A_busy_port_is_one_line_naming_the_address_and_exit_1()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var result = await RunAsync($"http://127.0.0.1:{port}", Path.Combine(_folder, "users.db"));

        AssertOneLineExit1(result, $"error: Failed to bind to address http://127.0.0.1:{port}: address already in use.");
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_one_line_naming_it_and_exit_1()
    {
        var path = Path.Combine(_folder, "corrupt.db");
        await File.WriteAllTextAsync(path, "this is not a SQLite database, but it is long enough to look like a header: 0123456789");

        var result = await RunAsync("http://127.0.0.1:0", path);

        AssertOneLineExit1(result, $"error: The database {path} is not a SQLite database (or it is corrupt).");
    }

    [Fact]
    public async Task Another_programs_database_is_one_line_naming_it_and_exit_1_and_is_left_unchanged()
    {
        var path = Path.Combine(_folder, "foreign.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY);";
            create.ExecuteNonQuery();
        }

        var result = await RunAsync("http://127.0.0.1:0", path);

        AssertOneLineExit1(result, $"error: The database {path} is not a UserService database: it has tables but no schema version.");
    }

    [Fact]
    public async Task A_database_folder_that_cannot_be_created_is_one_line_naming_it_and_exit_1()
    {
        var file = Path.Combine(_folder, "a-file");
        await File.WriteAllTextAsync(file, "");

        var result = await RunAsync("http://127.0.0.1:0", Path.Combine(file, "users.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: The database folder {file} cannot be created:", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--UserService:MaxNameLength=0", "error: UserService:MaxNameLength must be between 1 and 100000, not 0.")]
    [InlineData(
        "--UserService:IdempotencyKeyLifetime=-01:00:00",
        "error: UserService:IdempotencyKeyLifetime must be more than 0 and at most 3650.00:00:00 (d.hh:mm:ss), not -01:00:00.")]
    [InlineData(
        "--UserService:IdempotencyKeyLifetime=24h",
        "error: Failed to convert configuration value '24h' at 'UserService:IdempotencyKeyLifetime' to type 'System.TimeSpan'.")]
    public async Task A_setting_out_of_range_or_unreadable_is_one_line_naming_the_setting_and_exit_1(string setting, string expected)
    {
        using var server = RealServer.Run(["--urls", "http://127.0.0.1:0", $"--Database:Path={Path.Combine(_folder, "users.db")}", setting]);
        var result = await server.WaitForExitAsync(s_timeout);

        AssertOneLineExit1(result, expected);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<ProcessResult> RunAsync(string url, string databasePath)
    {
        using var server = RealServer.Run(["--urls", url, $"--Database:Path={databasePath}"]);
        return await server.WaitForExitAsync(s_timeout);
    }

    private static void AssertOneLineExit1(ProcessResult result, string expected)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal([expected], result.ErrorLines);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }
}
