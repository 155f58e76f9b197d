using UserService.Server.Validation;

namespace UserService.Server.Tests.ServiceMethods;

public sealed class UserValidatorTests
{
    [Theory]
    [InlineData("ada@example.com")]
    [InlineData("ada.lovelace+course@mail.example.org")]
    [InlineData("a@b")]
    public void Plain_addresses_are_valid(string email) => Assert.True(UserValidator.IsValidEmail(email));

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("ada@")]
    [InlineData("@example.com")]
    [InlineData("ada example.com")]
    [InlineData("Ada <ada@example.com>")]
    [InlineData(" ada@example.com")]
    [InlineData("ada@example.com ")]
    public void Other_text_is_not_an_email(string email) => Assert.False(UserValidator.IsValidEmail(email));

    [Fact]
    public void Very_long_address_is_not_an_email() =>
        Assert.False(UserValidator.IsValidEmail(new string('a', 250) + "@example.com"));
}
