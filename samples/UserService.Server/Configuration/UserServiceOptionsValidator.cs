using Microsoft.Extensions.Options;

namespace UserService.Server.Configuration;

/// <summary>Rejects <see cref="UserServiceOptions"/> out of range, with a message that names the setting.</summary>
public sealed class UserServiceOptionsValidator : IValidateOptions<UserServiceOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, UserServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Validate() is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
    }
}
