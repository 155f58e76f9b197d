using Performance.Core.Data;
using Performance.Core.Json;
using UserService.Contracts;

namespace Performance.Core.Transport;

/// <summary>
/// The in-memory users, built once at start-up from the deterministic generator: the 100,000
/// ordinary users and the large users of <see cref="TransportPayloads"/>. Each user exists as a
/// protobuf message (for gRPC) and as its JSON mirror (for REST), built from the same data, so
/// neither protocol converts anything per request.
/// </summary>
public sealed class UserStore
{
    private readonly Dictionary<int, (User Message, UserDto Dto)> _large;

    /// <summary>Builds the store.</summary>
    /// <param name="userCount">How many ordinary users to create (ids 1 to <paramref name="userCount"/>).</param>
    public UserStore(int userCount = TransportPayloads.UserCount)
    {
        Users = UserData.CreateUsers(userCount);
        Dtos = [.. Users.Select(u => u.ToDto())];
        _large = TransportPayloads.All
            .Where(p => p.NameLength is not null)
            .Select(p => UserData.CreateLargeUser(p.UserId, p.NameLength!.Value))
            .ToDictionary(u => u.Id, u => (u, u.ToDto()));
    }

    /// <summary>The ordinary users as protobuf messages; element <c>i</c> has id <c>i + 1</c>.</summary>
    public IReadOnlyList<User> Users { get; }

    /// <summary>The same users as JSON mirrors, in the same order.</summary>
    public UserDto[] Dtos { get; }

    /// <summary>Finds a user's protobuf message.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The user, or <see langword="null"/>.</returns>
    public User? Find(int id) =>
        id >= 1 && id <= Users.Count ? Users[id - 1] : _large.TryGetValue(id, out var large) ? large.Message : null;

    /// <summary>Finds a user's JSON mirror.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The user, or <see langword="null"/>.</returns>
    public UserDto? FindDto(int id) =>
        id >= 1 && id <= Dtos.Length ? Dtos[id - 1] : _large.TryGetValue(id, out var large) ? large.Dto : null;
}
