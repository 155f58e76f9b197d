using UserService.EndToEnd.Tests.Infrastructure;

namespace UserService.EndToEnd.Tests.ClientCommands;

/// <summary><c>chat</c> (bidirectional streaming) against the real server, with standard input redirected.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ChatCommandTests(ServerFixture server)
{
    private static readonly TimeSpan s_lineTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_line_of_input_is_acknowledged_and_end_of_input_ends_the_chat()
    {
        var result = await ClientRunner.RunAsync(["chat", "--user", "alice", "--address", server.Address], "hello\n\nworld\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["[server] alice: hello", "[server] alice: world"], result.OutputLines);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Quit_ends_the_chat_and_later_lines_are_not_sent()
    {
        var result = await ClientRunner.RunAsync(["chat", "--user", "bob", "--address", server.Address], "hi\n/quit\nnot sent\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["[server] bob: hi"], result.OutputLines);
    }

    [Fact]
    public async Task A_message_is_broadcast_to_the_other_connected_clients()
    {
        using var listener = ClientRunner.Start(["chat", "--user", "carol", "--address", server.Address]);

        // Once carol's first message is acknowledged, her call is surely in the chat room.
        await listener.StandardInput.WriteLineAsync("carol is here");
        await listener.StandardInput.FlushAsync();
        await listener.WaitForOutputLineAsync(line => line == "[server] carol: carol is here", s_lineTimeout);

        var sender = await ClientRunner.RunAsync(["chat", "--user", "dave", "--address", server.Address], "hello carol\n");

        Assert.True(sender.ExitCode == 0, sender.ToString());
        Assert.Equal(["[server] dave: hello carol"], sender.OutputLines);
        await listener.WaitForOutputLineAsync(line => line == "[dave] hello carol", s_lineTimeout);

        listener.StandardInput.Close();
        var result = await listener.WaitForExitAsync(ClientRunner.Timeout);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task Ctrl_C_ends_the_chat_with_one_CANCELLED_line_and_exit_130()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGINT is a POSIX signal; xunit 2 has no dynamic skip.
        }

        using var client = ClientRunner.Start(["chat", "--user", "erin", "--address", server.Address]);
        await client.StandardInput.WriteLineAsync("erin is here");
        await client.StandardInput.FlushAsync();
        await client.WaitForOutputLineAsync(line => line == "[server] erin: erin is here", s_lineTimeout);

        client.Interrupt();
        var result = await client.WaitForExitAsync(ClientRunner.Timeout);

        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.Equal("error: CANCELLED: Cancelled by the user (Ctrl+C).", Assert.Single(result.ErrorLines));
    }
}
