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
        // The server runs in its own folder, as under `dotnet run`.
        (_server, Address) = await StartServerAsync(
            ["--urls", "http://127.0.0.1:0", $"--Database:Path={_databasePath}"],
            workingDirectory: Path.GetDirectoryName(BuildOutputs.ServerDll));
    }

    /// <summary>
    /// Starts the built server with <paramref name="arguments"/> and waits until it listens.
    /// </summary>
    /// <returns>The running process and the address it listens on.</returns>
    public static async Task<(RunningProcess Server, string Address)> StartServerAsync(
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var server = RunningProcess.Start("dotnet", [BuildOutputs.ServerDll, .. arguments], workingDirectory, environment);
        try
        {
            // ASP.NET Core logs "Now listening on: http://127.0.0.1:PORT" once Kestrel is bound.
            var line = await server.WaitForOutputLineAsync(ListeningLine().IsMatch, StartupTimeout);
            return (server, ListeningLine().Match(line).Groups["address"].Value);
        }
        catch
        {
            server.Dispose();
            throw;
        }
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
