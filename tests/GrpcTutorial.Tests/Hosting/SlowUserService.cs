using Grpc.Core;
using UserService.Contracts;
using Contract = UserService.Contracts.UserService;

namespace GrpcTutorial.Tests.Hosting;

/// <summary>A service whose GetUser ignores cancellation and answers only after 300 ms.</summary>
public sealed class SlowUserService : Contract.UserServiceBase
{
    public override async Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        // No cancellation token on purpose: a deadline that passes meanwhile is reported by the
        // framework (DEADLINE_EXCEEDED trailers, then a stream reset), not by this handler.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        return new GetUserResponse { User = new User { Id = request.UserId } };
    }
}
