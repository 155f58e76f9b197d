using UserService.Testing;

namespace UserService.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Starts the REAL server (the built UserService.Server.dll) once for the end-to-end tests, on an
/// ephemeral port with a fresh SQLite database in the temp folder, and stops it afterwards.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private static readonly TimeSpan s_shutdownGracePeriod = TimeSpan.FromSeconds(15);

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"userservice-e2e-{Guid.NewGuid():N}.db");
    private RunningProcess? _server;

    /// <summary>Gets the address the server listens on, for example <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Gets everything the server logged so far (useful in failure messages).</summary>
    public string ServerOutput => _server?.Output ?? "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        // The server runs in its own folder, as under `dotnet run`.
        (_server, Address) = await RealServer.StartAsync(["--urls", "http://127.0.0.1:0", $"--Database:Path={_databasePath}"]);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync(s_shutdownGracePeriod);
            _server.Dispose();
        }

        // SQLite may leave a journal or write-ahead log beside the database.
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

}
