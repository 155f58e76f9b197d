using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>Lab 16's service: GetUser requires the policy <see cref="AuthLab.PolicyName"/>, the one the learner writes.</summary>
[Authorize(Policy = AuthLab.PolicyName)]
internal sealed class AdultOnlyService : UserServiceGrpc.UserServiceBase
{
    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context) =>
        Task.FromResult(new GetUserResponse { User = new User { Id = request.UserId } });
}
