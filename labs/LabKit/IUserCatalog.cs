using UserService.Contracts;

namespace GrpcTutorial.Labs;

/// <summary>The domain layer of lab 14: a catalog of users that knows nothing about gRPC.</summary>
public interface IUserCatalog
{
    /// <summary>Finds a user by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The user, or <see langword="null"/> when there is none with that id.</returns>
    User? Find(int id);

    /// <summary>Adds a user and gives it a new id.</summary>
    /// <param name="name">The name; must not be empty.</param>
    /// <param name="email">The email; must not be taken.</param>
    /// <param name="age">The age, 0 to 150.</param>
    /// <returns>The stored user, with its id.</returns>
    /// <exception cref="ArgumentException">The name is empty or the age out of range.</exception>
    /// <exception cref="EmailTakenException">Another user has the email.</exception>
    User Add(string name, string email, int age);
}
