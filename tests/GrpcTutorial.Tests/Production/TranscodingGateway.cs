using Grpc.Core;
using GrpcTutorial.Lessons.Transcoding;
using UserService.Contracts;

namespace GrpcTutorial.Tests.Production;

public sealed class TranscodingGateway : UserGateway.UserGatewayBase
{
    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context) =>
        request.UserId == 1
            ? Task.FromResult(new GetUserResponse { User = new User { Id = 1, Name = "Ada Lovelace" } })
            : throw new RpcException(new Status(StatusCode.NotFound, $"no user with id {request.UserId}"));
}
