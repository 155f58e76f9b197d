using System.Threading.Channels;
using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab09;

/// <summary>
/// ChatUsers as a chat room. ONE instance of this class serves every call, so its fields are the
/// room. Make the three steps pass:
/// 1. send each message back to its sender as soon as it arrives (not after the client half-closes);
/// 2. send it to every other connected call too;
/// 3. when a call's request stream ends, take the call out of the room and return.
/// </summary>
public sealed class MyChatService : UserServiceGrpc.UserServiceBase
{
    public override Task ChatUsers(IAsyncStreamReader<ChatMessage> requestStream, IServerStreamWriter<ChatMessage> responseStream, ServerCallContext context)
    {
        throw new NotImplementedException("ChatUsers: write it. Tip: give each call a Channel<ChatMessage> outbox.");
    }
}
