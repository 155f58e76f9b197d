namespace UserService.Contracts;

/// <example>
/// <code>
/// GetUserResponse reply = await client.GetUserAsync(new GetUserRequest { UserId = 12345 });
/// Console.WriteLine(reply.User.Name);
/// </code>
/// </example>
public sealed partial class GetUserResponse;
