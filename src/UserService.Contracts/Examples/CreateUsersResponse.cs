namespace UserService.Contracts;

/// <example>
/// <code>
/// using var call = client.CreateUsers();
/// await call.RequestStream.WriteAsync(new User { Name = "Ada Lovelace", Email = "ada@example.com", Age = 36 });
/// await call.RequestStream.CompleteAsync();
/// CreateUsersResponse reply = await call;
/// Console.WriteLine($"{reply.CreatedCount} stored");
/// </code>
/// </example>
public sealed partial class CreateUsersResponse;
