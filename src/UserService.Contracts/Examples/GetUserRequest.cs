namespace UserService.Contracts;

/// <example>
/// <code>
/// var reply = await client.GetUserAsync(new GetUserRequest { UserId = 12345 });
/// using var call = client.ListUsers(new GetUserRequest { UserId = 0 });   // 0 lists everyone
/// </code>
/// </example>
public sealed partial class GetUserRequest;
