using UserService.Contracts;

namespace UserService.Server.Chat;

/// <summary>A message waiting in a member's mailbox, with a signal that completes once it has been sent.</summary>
public sealed class ChatDelivery
{
    private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates a delivery of the given message.</summary>
    /// <param name="message">The message to send.</param>
    public ChatDelivery(ChatMessage message) => Message = message;

    /// <summary>The message to send.</summary>
    public ChatMessage Message { get; }

    /// <summary>Completes when the writer loop has written the message to the response stream.</summary>
    public Task Sent => _sent.Task;

    /// <summary>Called by the writer loop after the message was written.</summary>
    public void MarkSent() => _sent.TrySetResult();
}
