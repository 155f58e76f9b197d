using UserService.Contracts;

namespace Performance.Core.Data;

/// <summary>
/// Deterministic test users: the same id always gives the same user, in every process, so the
/// server, the clients and the benchmarks agree on the data without sharing a file.
/// </summary>
public static class UserData
{
    private static readonly string[] s_firstNames =
        ["Ada", "Alan", "Barbara", "Claude", "Donald", "Edsger", "Frances", "Grace", "Hedy", "Ivan",
         "John", "Ken", "Linus", "Margaret", "Niklaus", "Radia", "Sophie", "Tim", "Whitfield", "Yukihiro"];

    private static readonly string[] s_lastNames =
        ["Allen", "Backus", "Cerf", "Dijkstra", "Engelbart", "Floyd", "Hopper", "Kay", "Knuth", "Lamport",
         "Liskov", "Lovelace", "McCarthy", "Perlman", "Ritchie", "Shannon", "Thompson", "Turing", "Wirth", "Wozniak"];

    /// <summary>Creates user number <paramref name="id"/> (ids start at 1).</summary>
    /// <param name="id">The user's id.</param>
    /// <returns>A user such as <c>{ id: 7, name: "Hedy Floyd", email: "hedy.floyd7@example.com", age: 25 }</c>.</returns>
    public static User CreateUser(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        var first = s_firstNames[id % s_firstNames.Length];
        var last = s_lastNames[id / s_firstNames.Length % s_lastNames.Length];
        return new User
        {
            Id = id,
            Name = $"{first} {last}",
            Email = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{id}@example.com",
            Age = 18 + (id % 60),
        };
    }

    /// <summary>Creates users 1 to <paramref name="count"/>, in id order.</summary>
    /// <param name="count">How many users to create.</param>
    /// <returns>The users; element <c>i</c> has id <c>i + 1</c>.</returns>
    public static User[] CreateUsers(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var users = new User[count];
        for (var i = 0; i < count; i++)
        {
            users[i] = CreateUser(i + 1);
        }

        return users;
    }

    /// <summary>Creates a user whose name is <paramref name="nameLength"/> ASCII characters long: a large response of a known size.</summary>
    /// <param name="id">The user's id.</param>
    /// <param name="nameLength">Length of the name, in characters (and bytes, since it is ASCII).</param>
    /// <returns>The large user.</returns>
    public static User CreateLargeUser(int id, int nameLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nameLength);
        var name = string.Create(nameLength, id, static (span, seed) =>
        {
            const string alphabet = "abcdefghijklmnopqrstuvwxyz";
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[(seed + i) % alphabet.Length];
            }
        });
        return new User { Id = id, Name = name, Email = $"large{id}@example.com", Age = 42 };
    }
}
