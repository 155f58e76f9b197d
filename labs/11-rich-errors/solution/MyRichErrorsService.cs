using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab11;

/// <summary>
/// GetUser over the users it is given. An invalid id fails with a google.rpc.Status: a BadRequest
/// that names the field and an ErrorInfo whose Reason a client can branch on, sent in the
/// grpc-status-details-bin trailer.
/// </summary>
public sealed class MyRichErrorsService(IReadOnlyList<User> users) : UserServiceGrpc.UserServiceBase
{
    private readonly IReadOnlyList<User> _users = users;

    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        if (request.UserId < 1)
        {
            var badRequest = new BadRequest
            {
                FieldViolations = { new BadRequest.Types.FieldViolation { Field = "user_id", Description = $"must be 1 or more, was {request.UserId}" } },
            };
            var info = new ErrorInfo { Reason = "USER_ID_NOT_POSITIVE", Domain = "users.course.example" };
            var status = new Google.Rpc.Status
            {
                Code = (int)Code.InvalidArgument,
                Message = "user_id must be positive",
                Details = { Any.Pack(badRequest), Any.Pack(info) },
            };

            // The same code and message as the rich status, which travels in the trailer beside them.
            // (In a project, Grpc.StatusProto's status.ToRpcException() builds this exception.)
            throw new RpcException(
                new Grpc.Core.Status(StatusCode.InvalidArgument, status.Message),
                new Metadata { { "grpc-status-details-bin", status.ToByteArray() } });
        }

        var user = _users.FirstOrDefault(candidate => candidate.Id == request.UserId)
            ?? throw new RpcException(new Grpc.Core.Status(StatusCode.NotFound, $"User {request.UserId} not found"));
        return Task.FromResult(new GetUserResponse { User = user });
    }
}
