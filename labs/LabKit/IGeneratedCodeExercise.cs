using UserService.Contracts;

namespace GrpcTutorial.Labs;

/// <summary>The exercise of the lab on generated code (lesson 2): what a learner writes with the C# that protoc generates.</summary>
public interface IGeneratedCodeExercise
{
    /// <summary>Builds a <see cref="User"/> with the four fields set.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="email">The email.</param>
    /// <param name="age">The age.</param>
    /// <returns>The new user.</returns>
    User NewUser(int id, string name, string email, int age);

    /// <summary>Returns a copy of <paramref name="user"/> with another email, leaving <paramref name="user"/> unchanged.</summary>
    /// <param name="user">The original.</param>
    /// <param name="email">The new email.</param>
    /// <returns>The changed copy.</returns>
    User WithEmail(User user, string email);

    /// <summary>Formats <paramref name="user"/> as proto3 JSON.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The JSON text.</returns>
    string ToJson(User user);

    /// <summary>Parses proto3 JSON into a <see cref="User"/>, ignoring fields the schema does not know.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The user.</returns>
    User FromJson(string json);

    /// <summary>Serializes <paramref name="user"/> to the protobuf binary format and parses the bytes back.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The user read back from its bytes.</returns>
    User RoundTrip(User user);
}
