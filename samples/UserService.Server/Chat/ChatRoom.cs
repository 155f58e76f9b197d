using System.Collections.Concurrent;
using Grpc.Core;
using UserService.Contracts;

namespace UserService.Server.Chat;

/// <summary>
/// The one chat room shared by every ChatUsers call (a singleton). Each call joins as a
/// <see cref="ChatMember"/>; a message from one member is broadcast to all the others.
/// A broadcast never waits: a member whose mailbox is full (it reads too slowly) is removed from
/// the room and its call ends with RESOURCE_EXHAUSTED, so one slow client cannot stall the others.
/// </summary>
public sealed class ChatRoom
{
    /// <summary>How many messages may wait for one member before it counts as too slow.</summary>
    public const int DefaultMailboxCapacity = 64;

    private readonly ConcurrentDictionary<ChatMember, byte> _members = new();
    private readonly int _mailboxCapacity;

    /// <summary>Creates an empty room.</summary>
    /// <param name="mailboxCapacity">How many messages may wait for one member.</param>
    public ChatRoom(int mailboxCapacity = DefaultMailboxCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(mailboxCapacity);
        _mailboxCapacity = mailboxCapacity;
    }

    /// <summary>The number of members in the room now.</summary>
    public int MemberCount => _members.Count;

    /// <summary>Adds a new member to the room.</summary>
    public ChatMember Join()
    {
        var member = new ChatMember(this, _mailboxCapacity);
        _members.TryAdd(member, 0);
        return member;
    }

    /// <summary>Queues the message to every member except the sender.</summary>
    /// <param name="message">The message to broadcast.</param>
    /// <param name="sender">The member who sent it; it does not receive its own message.</param>
    public void Broadcast(ChatMessage message, ChatMember sender)
    {
        foreach (var member in _members.Keys)
        {
            if (member != sender && !member.TryDeliver(message))
            {
                Remove(member, new RpcException(new Status(
                    StatusCode.ResourceExhausted,
                    $"You were removed from the chat: more than {_mailboxCapacity} messages were waiting for you.")));
            }
        }
    }

    /// <summary>Removes the member and closes its mailbox. Safe to call more than once.</summary>
    internal void Remove(ChatMember member, Exception? error)
    {
        _members.TryRemove(member, out _);
        member.CloseMailbox(error);
    }
}
