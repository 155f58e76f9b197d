using UserService.EndToEnd.Tests.Infrastructure;

namespace UserService.EndToEnd.Tests.ClientCommands;

/// <summary><c>get</c> against the real server: the unary call and its error statuses.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class GetCommandTests(ServerFixture server)
{
    [Fact]
    public async Task Get_of_a_seeded_user_prints_it_and_exits_0()
    {
        var result = await ClientRunner.RunAsync(["get", "1", "--address", server.Address]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["User 1: Ada Lovelace <ada@example.com>, age 36"], result.OutputLines);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Get_of_an_unknown_id_prints_one_NOT_FOUND_line_and_exits_1()
    {
        var result = await ClientRunner.RunAsync(["get", "999999", "--address", server.Address]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: NOT_FOUND: ", line);
        Assert.Contains("999999", line);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task Get_of_an_id_below_1_prints_one_INVALID_ARGUMENT_line(string id)
    {
        var result = await ClientRunner.RunAsync(["get", id, "--address", server.Address]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: INVALID_ARGUMENT: ", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task The_address_can_come_from_USERSERVICE_ADDRESS()
    {
        var environment = new Dictionary<string, string?> { ["USERSERVICE_ADDRESS"] = server.Address };

        var result = await ClientRunner.RunAsync(["get", "2"], environment: environment);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["User 2: Alan Turing <alan@example.com>, age 41"], result.OutputLines);
    }

    [Fact]
    public async Task A_call_past_its_deadline_prints_one_DEADLINE_EXCEEDED_line()
    {
        // One microsecond: the deadline has passed before the request can even be sent.
        var result = await ClientRunner.RunAsync(["list", "--deadline", "0.000001", "--address", server.Address]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("error: DEADLINE_EXCEEDED", Assert.Single(result.ErrorLines));
    }
}
