using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
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

    [Fact]
    public void Idempotency_keys_live_24_hours_by_default() =>
        Assert.Equal(TimeSpan.FromHours(24), new UserServiceOptions().IdempotencyKeyLifetime);

    [Theory]
    [InlineData("00:00:00", "not 00:00:00.")]
    [InlineData("-00:05:00", "not -00:05:00.")]
    [InlineData("3650.00:00:00.001", "not 3650.00:00:00.0010000.")]
    public void The_validator_rejects_a_lifetime_that_is_not_positive_or_too_long(string lifetime, string ending)
    {
        var options = new UserServiceOptions { IdempotencyKeyLifetime = TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture) };

        var result = new UserServiceOptionsValidator().Validate(name: null, options);

        Assert.True(result.Failed);
        Assert.Equal(
            $"UserService:IdempotencyKeyLifetime must be more than 0 and at most 3650.00:00:00 (d.hh:mm:ss), {ending}",
            result.FailureMessage);
    }

    [Theory]
    [InlineData("00:00:01")]
    [InlineData("3650.00:00:00")]
    public void The_validator_accepts_a_lifetime_in_range(string lifetime)
    {
        var options = new UserServiceOptions { IdempotencyKeyLifetime = TimeSpan.Parse(lifetime, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.True(new UserServiceOptionsValidator().Validate(name: null, options).Succeeded);
    }

    [Theory]
    [InlineData("1.00:00:00", 24 * 60)]
    [InlineData("02:00:00", 2 * 60)]
    [InlineData("00:45:00", 45)]
    [InlineData("24:00:00", 24 * 24 * 60)] // TimeSpan reads d:hh:mm when the hours are 24 or more: 24 days
    public void The_lifetime_is_read_from_configuration_as_d_hh_mm_ss(string value, int minutes)
    {
        using var services = Build(value);

        Assert.Equal(TimeSpan.FromMinutes(minutes), services.GetRequiredService<IOptions<UserServiceOptions>>().Value.IdempotencyKeyLifetime);
    }

    [Fact]
    public void A_configured_lifetime_of_zero_fails_naming_the_setting()
    {
        using var services = Build("00:00:00");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<UserServiceOptions>>().Value);

        Assert.StartsWith("UserService:IdempotencyKeyLifetime must be more than 0", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string lifetime)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["UserService:IdempotencyKeyLifetime"] = lifetime })
            .Build();
        return new ServiceCollection().AddUserService(configuration).BuildServiceProvider();
    }
}
