using GrpcTutorial.Samples;
using UserService.Contracts;

namespace GrpcTutorial.Labs;

/// <summary>The catalog the checks of lab 14 give the learner's adapter: the sample users, in memory, counting additions.</summary>
internal sealed class InMemoryUserCatalog : IUserCatalog
{
    private readonly List<User> _users = [.. SampleUsers.All()];
    private readonly Lock _gate = new();

    public int AddCalls { get; private set; }

    public User? Find(int id)
    {
        lock (_gate)
        {
            return _users.FirstOrDefault(user => user.Id == id)?.Clone();
        }
    }

    public User Add(string name, string email, int age)
    {
        lock (_gate)
        {
            AddCalls++;
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("A user needs a name.", nameof(name));
            }

            if (age is < 0 or > 150)
            {
                throw new ArgumentException($"An age of {age} is out of range (0 to 150).", nameof(age));
            }

            if (_users.Any(user => string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase)))
            {
                throw new EmailTakenException(email);
            }

            var user = new User { Id = _users.Max(u => u.Id) + 1, Name = name, Email = email, Age = age };
            _users.Add(user);
            return user.Clone();
        }
    }
}
