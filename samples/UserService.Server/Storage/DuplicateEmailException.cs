namespace UserService.Server.Storage;

/// <summary>Thrown when a user cannot be stored because another user already has the same email.</summary>
public sealed class DuplicateEmailException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="index">The position of the rejected user in the batch (0 = first).</param>
    /// <param name="email">The email that is already taken.</param>
    /// <param name="innerException">The database error, if any.</param>
    public DuplicateEmailException(int index, string email, Exception? innerException = null)
        : base($"users[{index}].email: {Text.SafeText.Quote(email)} already exists", innerException)
    {
        Index = index;
        Email = email;
    }

    /// <summary>The position of the rejected user in the batch (0 = first).</summary>
    public int Index { get; }

    /// <summary>The email that is already taken.</summary>
    public string Email { get; }
}
