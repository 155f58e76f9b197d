using UserService.Server.Configuration;

namespace UserService.Server.Tests.Settings;

public sealed class UserServiceOptionsTests
{
    [Fact]
    public void The_defaults_are_valid() => Assert.Null(new UserServiceOptions().Validate());

    [Fact]
    public void The_largest_user_the_limits_allow_fits_in_a_default_clients_4_MiB_message()
    {
        var limits = new UserServiceOptions { MaxNameLength = 100_000, MaxEmailLength = 254 };

        Assert.Null(limits.Validate());
        Assert.True((3 * (limits.MaxNameLength + limits.MaxEmailLength)) + 32 < UserServiceOptions.DefaultClientMessageLimit);
    }

    [Theory]
    [InlineData(0, 254, "UserService:MaxNameLength must be between 1 and 100000, not 0.")]
    [InlineData(200, 1000, "UserService:MaxEmailLength must be between 3 and 254, not 1000.")]
    public void A_limit_out_of_range_is_named(int name, int email, string expected) =>
        Assert.Equal(expected, new UserServiceOptions { MaxNameLength = name, MaxEmailLength = email }.Validate());
}
