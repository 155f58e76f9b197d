namespace UserService.Contracts;

/// <example>
/// <code>
/// var user = new User { Id = 12345, Name = "John Doe", Email = "john@example.com", Age = 30 };
/// byte[] bytes = user.ToByteArray();            // 33 bytes: 08 B9 60 12 08 ...
/// User back = User.Parser.ParseFrom(bytes);
/// </code>
/// </example>
public sealed partial class User;
