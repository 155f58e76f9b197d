using System.Threading.Channels;
using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab07;

/// <summary>
/// ListUsers as a live feed. Make the four steps pass:
/// 1. stream every stored user, in id order;
/// 2. treat request.UserId as a cursor: only users whose Id is greater;
/// 3. then keep the call open and forward every user that arrives on <c>updates</c>;
/// 4. stop as soon as the client cancels.
/// </summary>
public sealed class MyStreamingService(IReadOnlyList<User> users, ChannelReader<User> updates) : UserServiceGrpc.UserServiceBase
{
    private readonly IReadOnlyList<User> _users = users;
    private readonly ChannelReader<User> _updates = updates;

    public override Task ListUsers(GetUserRequest request, IServerStreamWriter<User> responseStream, ServerCallContext context)
    {
        throw new NotImplementedException($"ListUsers after id {request.UserId}, over {_users.Count} users and {(_updates.CanCount ? _updates.Count : 0)} queued updates: write it.");
    }
}
