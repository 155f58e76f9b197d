using System.Net.Mail;
using UserService.Contracts;
using UserService.Server.Configuration;
using UserService.Server.Text;

namespace UserService.Server.Validation;

/// <summary>Checks a user sent to CreateUsers before it is stored.</summary>
public static class UserValidator
{
    /// <summary>The smallest accepted age.</summary>
    public const int MinAge = 0;

    /// <summary>The largest accepted age.</summary>
    public const int MaxAge = 150;

    /// <summary>
    /// Returns <see langword="null"/> if the user is valid, otherwise a message that names the
    /// stream position and the field, for example <c>users[3].email: 'x' is not a valid email address</c>.
    /// A value echoed in the message is shortened and escaped (<see cref="SafeText.Quote"/>).
    /// </summary>
    /// <param name="user">The user to check.</param>
    /// <param name="position">The user's position in the stream (0 = first message).</param>
    /// <param name="limits">The length limits.</param>
    public static string? Validate(User user, int position, UserServiceOptions limits)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(limits);
        var prefix = $"users[{position}]";

        if (user.Id != 0)
        {
            return $"{prefix}.id: must be 0 (the server assigns ids), got {user.Id}";
        }

        if (string.IsNullOrWhiteSpace(user.Name))
        {
            return $"{prefix}.name: must not be empty";
        }

        if (user.Name.Length > limits.MaxNameLength)
        {
            return $"{prefix}.name: {user.Name.Length} characters is more than the limit {UserServiceOptions.SectionName}:{nameof(limits.MaxNameLength)} = {limits.MaxNameLength}";
        }

        if (SafeText.HasControlCharacter(user.Name))
        {
            return $"{prefix}.name: {SafeText.Quote(user.Name)} contains a control character";
        }

        if (user.Email.Length > limits.MaxEmailLength)
        {
            return $"{prefix}.email: {user.Email.Length} characters is more than the limit {UserServiceOptions.SectionName}:{nameof(limits.MaxEmailLength)} = {limits.MaxEmailLength}";
        }

        if (!IsValidEmail(user.Email))
        {
            return $"{prefix}.email: {SafeText.Quote(user.Email)} is not a valid email address";
        }

        if (user.Age is < MinAge or > MaxAge)
        {
            return $"{prefix}.age: {user.Age} is out of range ({MinAge} to {MaxAge})";
        }

        return null;
    }

    /// <summary>
    /// True for a plain address such as <c>ada@example.com</c>. MailAddress alone would also accept
    /// forms like <c>Ada &lt;ada@example.com&gt;</c>, so the parsed address must equal the input.
    /// </summary>
    /// <param name="email">The text to check.</param>
    public static bool IsValidEmail(string? email) =>
        !string.IsNullOrEmpty(email)
        && email.Length <= 254
        && !SafeText.HasControlCharacter(email)
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email;
}
