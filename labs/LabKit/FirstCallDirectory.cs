using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>The server of lab 01: GetUser over a fixed list, NOT_FOUND for an unknown id, INVALID_ARGUMENT for an id of 0 or less.</summary>
/// <param name="users">The users it serves.</param>
internal sealed class FirstCallDirectory(IReadOnlyList<User> users) : UserServiceGrpc.UserServiceBase
{
    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        if (request.UserId <= 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"user_id must be positive, got {request.UserId}"));
        }

        var user = users.FirstOrDefault(user => user.Id == request.UserId)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No user with id {request.UserId}"));
        return Task.FromResult(new GetUserResponse { User = user.Clone() });
    }
}
