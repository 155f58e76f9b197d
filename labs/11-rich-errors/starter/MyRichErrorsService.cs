using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab11;

/// <summary>
/// GetUser over the users it is given, with a rich error for an invalid id (1 to 3):
/// 1. GetUser(0) throws a google.rpc.Status with Code INVALID_ARGUMENT and a BadRequest naming "user_id";
/// 2. beside the BadRequest, an ErrorInfo with a Reason and a Domain;
/// 3. the call's status has the rich status's code and message.
/// BadRequest, ErrorInfo and Code are in the Google.Rpc namespace, Any in Google.Protobuf.WellKnownTypes,
/// ToByteArray in Google.Protobuf.
/// </summary>
public sealed class MyRichErrorsService(IReadOnlyList<User> users) : UserServiceGrpc.UserServiceBase
{
    private readonly IReadOnlyList<User> _users = users;

    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        if (request.UserId < 1)
        {
            // A plain status: the client learns the code and a message, nothing it can act on field by field.
            throw new RpcException(new Status(StatusCode.InvalidArgument, "user_id must be positive"));
        }

        var user = _users.FirstOrDefault(candidate => candidate.Id == request.UserId)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"User {request.UserId} not found"));
        return Task.FromResult(new GetUserResponse { User = user });
    }
}
