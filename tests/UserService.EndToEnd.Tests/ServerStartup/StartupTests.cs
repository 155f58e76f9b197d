using UserService.EndToEnd.Tests.Infrastructure;
using UserService.Testing;

namespace UserService.EndToEnd.Tests.ServerStartup;

/// <summary>How the real server starts when it is not launched from its own folder.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("userservice-startup-").FullName;

    [Fact]
    public async Task Started_from_another_folder_it_still_reads_its_appsettings_and_speaks_h2c()
    {
        // No appsettings.json in the working directory. Without the server's own (HTTP/2 only),
        // Kestrel would accept HTTP/1.1 and HTTP/2 and a plaintext gRPC call would fail.
        var database = Path.Combine(_folder, "users.db");
        var (server, address) = await RealServer.StartAsync(
            ["--urls", "http://127.0.0.1:0", $"--Database:Path={database}"], workingDirectory: _folder);
        using var _ = server;

        var result = await ClientRunner.RunAsync(["get", "1", "--address", address]);
        await server.StopAsync(TimeSpan.FromSeconds(15));

        Assert.True(result.ExitCode == 0, $"{result}\n--- server\n{server.Output}");
        Assert.Equal(["User 1: Ada Lovelace <ada@example.com>, age 36"], result.OutputLines);
        Assert.True(File.Exists(database), "the database path from the command line was not used");
    }

    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("URLS")]
    public async Task The_address_can_come_from_the_environment(string variable)
    {
        var database = Path.Combine(_folder, $"{variable}.db");
        var (server, address) = await RealServer.StartAsync(
            [$"--Database:Path={database}"], environment: new Dictionary<string, string?> { [variable] = "http://127.0.0.1:0" });
        using var _ = server;

        var result = await ClientRunner.RunAsync(["get", "2", "--address", address]);
        await server.StopAsync(TimeSpan.FromSeconds(15));

        Assert.NotEqual(50051, new Uri(address).Port);
        Assert.True(result.ExitCode == 0, $"{result}\n--- server\n{server.Output}");
        Assert.Equal(["User 2: Alan Turing <alan@example.com>, age 41"], result.OutputLines);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
