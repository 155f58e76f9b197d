using UserService.EndToEnd.Tests.Infrastructure;
using UserService.Testing;

namespace UserService.EndToEnd.Tests.ClientCommands;

/// <summary>
/// <c>--api-key</c> (or USERSERVICE_API_KEY) against a real server that has <c>UserService:ApiKey</c>
/// set: writes need the key, sent as <c>authorization: Bearer &lt;key&gt;</c>; reads do not.
/// </summary>
public sealed class ApiKeyTests : IAsyncLifetime
{
    private const string Key = "workshop-key-7f3a";

    private readonly string _folder = Directory.CreateTempSubdirectory("userservice-apikey-").FullName;
    private RunningProcess? _server;
    private string _address = "";

    [Fact]
    public async Task Create_without_the_key_is_UNAUTHENTICATED_and_stores_nothing()
    {
        var (file, email) = WriteUser();

        var result = await ClientRunner.RunAsync(["create", file, "--address", _address]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: UNAUTHENTICATED", Assert.Single(result.ErrorLines));
        Assert.DoesNotContain(email, (await ClientRunner.RunAsync(["list", "--address", _address])).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_with_the_key_stores_the_users()
    {
        var (file, email) = WriteUser();

        var result = await ClientRunner.RunAsync(["create", file, "--address", _address, "--api-key", Key]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Created 1 user.", result.OutputLines[^1]);
        Assert.Contains(email, (await ClientRunner.RunAsync(["list", "--address", _address])).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_can_come_from_USERSERVICE_API_KEY()
    {
        var (file, _) = WriteUser();

        var result = await ClientRunner.RunAsync(["create", file, "--address", _address], environment: new Dictionary<string, string?> { ["USERSERVICE_API_KEY"] = Key });

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task A_wrong_key_is_UNAUTHENTICATED()
    {
        var (file, _) = WriteUser();

        var result = await ClientRunner.RunAsync(["create", file, "--address", _address, "--api-key", "not-the-key"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: UNAUTHENTICATED", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Reads_need_no_key()
    {
        var result = await ClientRunner.RunAsync(["get", "1", "--address", _address]);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task A_key_with_a_space_is_a_usage_error()
    {
        var result = await ClientRunner.RunAsync(["get", "1", "--address", _address, "--api-key", "two words"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: --api-key must be printable ASCII characters without spaces", Assert.Single(result.ErrorLines));
    }

    /// <inheritdoc />
    public async Task InitializeAsync() =>
        (_server, _address) = await RealServer.StartAsync(["--urls", "http://127.0.0.1:0", $"--Database:Path={Path.Combine(_folder, "users.db")}", $"--UserService:ApiKey={Key}"]);

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync(TimeSpan.FromSeconds(15));
            _server.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private (string File, string Email) WriteUser()
    {
        var email = $"key-{Guid.NewGuid():N}@example.com";
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, $"name,email,age\nKey Holder,{email},40\n");
        return (path, email);
    }
}
