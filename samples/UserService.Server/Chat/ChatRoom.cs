using System.Collections.Concurrent;
using UserService.Contracts;

namespace UserService.Server.Chat;

/// <summary>
/// The one chat room shared by every ChatUsers call (a singleton). Each call joins as a
/// <see cref="ChatMember"/>; a message from one member is broadcast to all the others.
/// A broadcast never waits: a member whose mailbox is full (its client reads too slowly) is
/// evicted from the room, so one slow client cannot stall the others.
/// </summary>
public sealed class ChatRoom
{
    /// <summary>How many messages may wait for one member before it counts as too slow.</summary>
    public const int DefaultMailboxCapacity = 64;

    private readonly ConcurrentDictionary<ChatMember, byte> _members = new();

    /// <summary>Creates an empty room.</summary>
    /// <param name="mailboxCapacity">How many messages may wait for one member.</param>
    public ChatRoom(int mailboxCapacity = DefaultMailboxCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mailboxCapacity);
        MailboxCapacity = mailboxCapacity;
    }

    /// <summary>How many messages may wait for one member.</summary>
    public int MailboxCapacity { get; }

    /// <summary>The number of members in the room now.</summary>
    public int MemberCount => _members.Count;

    /// <summary>Adds a new member to the room.</summary>
    public ChatMember Join()
    {
        var member = new ChatMember(this, MailboxCapacity);
        _members.TryAdd(member, 0);
        return member;
    }

    /// <summary>Queues the message to every member except the sender, evicting members whose mailbox is full.</summary>
    /// <param name="message">The message to broadcast.</param>
    /// <param name="sender">The member who sent it; it does not receive its own message.</param>
    public void Broadcast(ChatMessage message, ChatMember sender)
    {
        foreach (var member in _members.Keys)
        {
            if (member != sender && !member.TryDeliver(message) && _members.ContainsKey(member))
            {
                Remove(member);
                member.Evict();
            }
        }
    }

    /// <summary>Removes the member and closes its mailbox. Safe to call more than once.</summary>
    internal void Remove(ChatMember member)
    {
        _members.TryRemove(member, out _);
        member.CloseMailbox();
    }
}
