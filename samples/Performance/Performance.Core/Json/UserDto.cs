namespace Performance.Core.Json;

/// <summary>The JSON mirror of <c>user_service.User</c>: the body a REST/JSON API sends for one user.</summary>
/// <param name="Id">Unique id (&gt; 0).</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Email address.</param>
/// <param name="Age">Age in years.</param>
public sealed record UserDto(int Id, string Name, string Email, int Age);
