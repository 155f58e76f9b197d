using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab06;

/// <summary>
/// GetUser over the users it is given: checks the API key, validates the id, then looks the user up.
/// </summary>
public sealed class MyUnaryService(IReadOnlyList<User> users) : UserServiceGrpc.UserServiceBase
{
    private readonly Dictionary<int, User> _users = users.ToDictionary(user => user.Id);

    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        if (context.RequestHeaders.GetValue("x-api-key") != "secret")
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "A valid x-api-key header is required."));
        }

        if (request.UserId <= 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"user_id must be 1 or more, got {request.UserId}."));
        }

        if (!_users.TryGetValue(request.UserId, out var user))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"User {request.UserId} not found."));
        }

        return Task.FromResult(new GetUserResponse { User = user });
    }
}
