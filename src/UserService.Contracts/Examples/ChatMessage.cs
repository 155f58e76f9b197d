namespace UserService.Contracts;

/// <example>
/// <code>
/// using var chat = client.ChatUsers();
/// await chat.RequestStream.WriteAsync(new ChatMessage { User = "ada", Text = "hello" });
/// await chat.RequestStream.CompleteAsync();
/// await foreach (ChatMessage line in chat.ResponseStream.ReadAllAsync())
///     Console.WriteLine($"{line.User}: {line.Text}");
/// </code>
/// </example>
public sealed partial class ChatMessage;
