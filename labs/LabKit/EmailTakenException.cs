namespace GrpcTutorial.Labs;

/// <summary>Thrown by <see cref="IUserCatalog.Add"/> when the email belongs to another user.</summary>
/// <param name="email">The email that is taken.</param>
public sealed class EmailTakenException(string email) : Exception($"The email {email} is already taken.")
{
    /// <summary>The email that is taken.</summary>
    public string Email { get; } = email;
}
