using System.Net;
using System.Net.Sockets;
using UserService.EndToEnd.Tests.Infrastructure;

namespace UserService.EndToEnd.Tests.ClientCommands;

/// <summary>The client without a server: help, usage errors and a server that is not there.</summary>
public sealed class UsageTests
{
    [Fact]
    public async Task Help_lists_the_commands_and_exits_0()
    {
        var result = await ClientRunner.RunAsync(["--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var command in new[] { "get", "list", "create", "chat" })
        {
            Assert.Contains(result.OutputLines, line => line.StartsWith(command + " ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("get")]
    [InlineData("get", "abc")]
    [InlineData("chat")]
    [InlineData("list", "--deadline", "0")]
    [InlineData("get", "1", "--deadline", "abc")]
    [InlineData("get", "1", "--deadline", "NaN")]
    [InlineData("get", "1", "--deadline", "Infinity")]
    [InlineData("chat", "--user", "ada\u001b[2J")]
    [InlineData("get", "1", "--address", "not-a-url")]
    [InlineData("frobnicate")]
    public async Task Bad_arguments_print_one_error_line_and_exit_2(params string[] arguments)
    {
        var result = await ClientRunner.RunAsync(arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("error: ", Assert.Single(result.ErrorLines));
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task A_server_that_is_not_running_gives_one_UNAVAILABLE_line_and_exit_1()
    {
        var address = $"http://127.0.0.1:{GetUnusedPort()}";

        var result = await ClientRunner.RunAsync(["get", "1", "--address", address]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: UNAVAILABLE: ", line);
        Assert.Contains(address, line);
    }

    private static int GetUnusedPort()
    {
        // The system picks a free port; once the listener is stopped nothing listens there.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
