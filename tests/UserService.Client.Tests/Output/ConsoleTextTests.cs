using UserService.Client.Output;

namespace UserService.Client.Tests.Output;

/// <summary>What the client prints of a server's text: terminal control characters escaped.</summary>
public sealed class ConsoleTextTests
{
    [Fact]
    public void Plain_text_is_printed_as_it_is() => Assert.Equal("Ada Lovelace", ConsoleText.Escape("Ada Lovelace"));

    [Fact]
    public void Escape_sequences_carriage_returns_and_newlines_are_escaped() =>
        Assert.Equal(@"\u001B[2JAda\u000D\u000AGrace", ConsoleText.Escape("\u001b[2JAda\r\nGrace"));

    [Fact]
    public void A_printed_user_cannot_move_the_cursor()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            ConsoleOutput.WriteUser(new Contracts.User { Id = 7, Name = "Eve\u001b[1A", Email = "eve@example.com", Age = 30 });
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(@"User 7: Eve\u001B[1A <eve@example.com>, age 30" + Environment.NewLine, output.ToString());
    }
}
