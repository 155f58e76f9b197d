using UserService.Server.Text;

namespace UserService.Server.Tests.Settings;

public sealed class SafeTextTests
{
    [Fact]
    public void A_short_value_is_quoted_as_it_is() => Assert.Equal("'ada@example'", SafeText.Quote("ada@example"));

    [Fact]
    public void A_long_value_is_cut_to_40_characters_and_its_length_given()
    {
        var quoted = SafeText.Quote(new string('x', 100_000));

        Assert.Equal($"'{new string('x', 40)}…' (100000 characters)", quoted);
    }

    [Fact]
    public void Control_characters_are_escaped() =>
        Assert.Equal(@"'a\u001B[31mb\u000Ac'", SafeText.Quote("a\u001b[31mb\nc"));

    [Fact]
    public void A_surrogate_pair_is_never_cut_in_half()
    {
        var quoted = SafeText.Quote(new string('x', 39) + "\uD83D\uDE00" + "tail");

        Assert.Equal($"'{new string('x', 39)}…' (45 characters)", quoted);
    }
}
