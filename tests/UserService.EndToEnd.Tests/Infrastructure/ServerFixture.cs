using System.Text.RegularExpressions;

namespace UserService.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Starts the REAL server (the built UserService.Server.dll) once for the end-to-end tests, on an
/// ephemeral port with a fresh SQLite database in the temp folder, and stops it afterwards.
/// </summary>
public sealed partial class ServerFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ShutdownGracePeriod = TimeSpan.FromSeconds(15);

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"userservice-e2e-{Guid.NewGuid():N}.db");
    private RunningProcess? _server;

    /// <summary>Gets the address the server listens on, for example <c>http://127.0.0.1:41234</c>.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Gets everything the server logged so far (useful in failure messages).</summary>
    public string ServerOutput => _server?.Output ?? "";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var serverDll = BuildOutputs.ServerDll;

        // The server runs in its own folder so that it finds its appsettings.json (HTTP/2 endpoints, logging).
        _server = RunningProcess.Start(
            "dotnet",
            [serverDll, "--urls", "http://127.0.0.1:0", $"--Database:Path={_databasePath}"],
            workingDirectory: Path.GetDirectoryName(serverDll));

        // ASP.NET Core logs "Now listening on: http://127.0.0.1:PORT" once Kestrel is bound.
        var line = await _server.WaitForOutputLineAsync(ListeningLine().IsMatch, StartupTimeout);
        Address = ListeningLine().Match(line).Groups["address"].Value;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync(ShutdownGracePeriod);
            _server.Dispose();
        }

        // SQLite may leave a journal or write-ahead log beside the database.
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://\S+)")]
    private static partial Regex ListeningLine();
}
