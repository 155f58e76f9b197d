namespace Performance.Core.Json;

/// <summary>The JSON mirror of <c>benchmark.UserList</c>.</summary>
/// <param name="Users">The users.</param>
public sealed record UserListDto(IReadOnlyList<UserDto> Users);
