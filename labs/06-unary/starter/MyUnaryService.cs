using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab06;

/// <summary>
/// GetUser over the users it is given. Make the four steps pass, one at a time:
/// 1. return the user whose Id equals request.UserId;
/// 2. answer NOT_FOUND, naming the id, when there is none;
/// 3. answer INVALID_ARGUMENT when request.UserId is 0 or less;
/// 4. answer UNAUTHENTICATED unless the request has the header "x-api-key: secret".
/// </summary>
public sealed class MyUnaryService(IReadOnlyList<User> users) : UserServiceGrpc.UserServiceBase
{
    private readonly IReadOnlyList<User> _users = users;

    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        throw new NotImplementedException($"GetUser({request.UserId}) over {_users.Count} users: write it.");
    }
}
