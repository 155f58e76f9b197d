using UserService.Contracts;

namespace UserService.Server.Storage;

/// <summary>The users a new database starts with; they get ids 1 to 5 in this order.</summary>
public static class SeedUsers
{
    /// <summary>The seed users, without ids (the database assigns 1, 2, 3, ...).</summary>
    public static IReadOnlyList<User> All { get; } =
    [
        new User { Name = "Ada Lovelace", Email = "ada@example.com", Age = 36 },
        new User { Name = "Alan Turing", Email = "alan@example.com", Age = 41 },
        new User { Name = "Grace Hopper", Email = "grace@example.com", Age = 85 },
        new User { Name = "Edsger Dijkstra", Email = "edsger@example.com", Age = 72 },
        new User { Name = "Barbara Liskov", Email = "barbara@example.com", Age = 86 },
    ];
}
