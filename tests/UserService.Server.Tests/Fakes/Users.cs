using UserService.Contracts;

namespace UserService.Server.Tests.Fakes;

/// <summary>Builds users for the tests.</summary>
public static class Users
{
    public static User New(string name, string email, int age = 30) => new() { Name = name, Email = email, Age = age };

    /// <summary><paramref name="count"/> valid new users whose emails start with <paramref name="prefix"/>.</summary>
    public static List<User> Many(int count, string prefix = "user") =>
        [.. Enumerable.Range(0, count).Select(i => New($"{prefix} {i}", $"{prefix}{i}@example.com", i % 100))];
}
