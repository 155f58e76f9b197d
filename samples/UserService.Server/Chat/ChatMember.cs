using System.Threading.Channels;
using UserService.Contracts;

namespace UserService.Server.Chat;

/// <summary>
/// One ChatUsers call in the <see cref="ChatRoom"/>. Everything the call sends goes through its
/// bounded mailbox, which a single writer loop drains into the response stream.
/// Dispose it (or call <see cref="Leave"/>) when the call ends.
/// </summary>
public sealed class ChatMember : IDisposable
{
    private readonly ChatRoom _room;
    private readonly Channel<ChatDelivery> _mailbox;

    // Not disposed on purpose: the room may cancel it while the call is ending, and a CTS without
    // timers or linked tokens holds nothing that needs releasing.
    private readonly CancellationTokenSource _evicted = new();

    internal ChatMember(ChatRoom room, int mailboxCapacity)
    {
        _room = room;
        _mailbox = Channel.CreateBounded<ChatDelivery>(new BoundedChannelOptions(mailboxCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The queued messages, for the call's writer loop. It ends when the member leaves.</summary>
    public ChannelReader<ChatDelivery> Mailbox => _mailbox.Reader;

    /// <summary>
    /// Cancelled when the room evicts this member because its mailbox was full (its client reads
    /// too slowly). The call should then end: link this token into the call's token.
    /// </summary>
    public CancellationToken Evicted => _evicted.Token;

    /// <summary>True once the room has evicted this member.</summary>
    public bool WasEvicted => _evicted.IsCancellationRequested;

    /// <summary>
    /// Queues a message to this member and waits until the writer loop has sent it. Waits for room
    /// in the mailbox if it is full.
    /// </summary>
    /// <param name="message">The message to send.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public async Task SendAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        var delivery = new ChatDelivery(message);
        await _mailbox.Writer.WriteAsync(delivery, cancellationToken);
        await delivery.Sent.WaitAsync(cancellationToken);
    }

    /// <summary>Leaves the room: no more messages are queued; those already queued are still sent.</summary>
    public void Leave() => _room.Remove(this);

    /// <inheritdoc />
    public void Dispose() => Leave();

    /// <summary>Queues a broadcast without waiting; false if the mailbox is full or closed.</summary>
    internal bool TryDeliver(ChatMessage message) => _mailbox.Writer.TryWrite(new ChatDelivery(message));

    /// <summary>Closes the mailbox: the writer loop sends what is queued, then ends.</summary>
    internal void CloseMailbox() => _mailbox.Writer.TryComplete();

    /// <summary>
    /// Signals <see cref="Evicted"/>. Asynchronously, so that the evicted call's teardown runs on
    /// the thread pool rather than on the thread of the member whose broadcast found the mailbox full.
    /// </summary>
    internal void Evict() => _ = _evicted.CancelAsync();
}
