using UserService.Contracts;

namespace GrpcTutorial.Samples;

/// <summary>
/// A few ready-made users of the course's contract, for lessons that need data to send.
/// </summary>
/// <remarks>
/// Using the contract's <see cref="User"/> type here also makes GrpcTutorial.dll reference
/// UserService.Contracts.dll, so one <c>#r "lib/GrpcTutorial.dll"</c> in a notebook makes the
/// contract's types available too.
/// </remarks>
/// <example>
/// <code>
/// User john = SampleUsers.JohnDoe;                  // 33 bytes as protobuf
/// IReadOnlyList&lt;User&gt; page = SampleUsers.Generate(1_000);
/// </code>
/// </example>
public static class SampleUsers
{
    /// <summary>The user that the encoding lessons measure: 33 bytes as protobuf.</summary>
    public static User JohnDoe => new() { Id = 12345, Name = "John Doe", Email = "john@example.com", Age = 30 };

    /// <summary>Five users with ids 1 to 5, the same as the sample server seeds.</summary>
    /// <returns>New instances on every call, so callers may change them.</returns>
    public static IReadOnlyList<User> All() =>
    [
        new() { Id = 1, Name = "Ada Lovelace", Email = "ada@example.com", Age = 36 },
        new() { Id = 2, Name = "Alan Turing", Email = "alan@example.com", Age = 41 },
        new() { Id = 3, Name = "Grace Hopper", Email = "grace@example.com", Age = 85 },
        new() { Id = 4, Name = "Edsger Dijkstra", Email = "edsger@example.com", Age = 72 },
        new() { Id = 5, Name = "Barbara Liskov", Email = "barbara@example.com", Age = 86 },
    ];

    /// <summary>Generates <paramref name="count"/> users with ids from 1, deterministic for a given count.</summary>
    /// <param name="count">How many users to make.</param>
    /// <returns>The users, in id order.</returns>
    public static IReadOnlyList<User> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. Enumerable.Range(1, count).Select(id => new User
        {
            Id = id,
            Name = $"User {id}",
            Email = $"user{id}@example.com",
            Age = 18 + (id % 60),
        })];
    }
}
