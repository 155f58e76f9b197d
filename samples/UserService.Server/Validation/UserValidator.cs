using System.Net.Mail;
using UserService.Contracts;

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
    /// </summary>
    /// <param name="user">The user to check.</param>
    /// <param name="position">The user's position in the stream (0 = first message).</param>
    public static string? Validate(User user, int position)
    {
        ArgumentNullException.ThrowIfNull(user);
        var prefix = $"users[{position}]";

        if (user.Id != 0)
        {
            return $"{prefix}.id: must be 0 (the server assigns ids), got {user.Id}";
        }

        if (string.IsNullOrWhiteSpace(user.Name))
        {
            return $"{prefix}.name: must not be empty";
        }

        if (!IsValidEmail(user.Email))
        {
            return $"{prefix}.email: '{user.Email}' is not a valid email address";
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
        && MailAddress.TryCreate(email, out var address)
        && address.Address == email;
}
