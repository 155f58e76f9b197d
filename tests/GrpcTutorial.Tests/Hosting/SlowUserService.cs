using Grpc.Core;
using UserService.Contracts;
using Contract = UserService.Contracts.UserService;

namespace GrpcTutorial.Tests.Hosting;

/// <summary>A service whose GetUser ignores cancellation and answers only after 2 s.</summary>
public sealed class SlowUserService : Contract.UserServiceBase
{
    public override async Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        // No cancellation token on purpose: a deadline that passes meanwhile is reported by the
        // framework (DEADLINE_EXCEEDED trailers, then a stream reset), not by this handler. Two seconds
        // leave the framework's deadline timer ample time even on a machine busy with other tests;
        // a handler that answers while the timer fires races it, and either status can win.
        await Task.Delay(TimeSpan.FromSeconds(2));
        return new GetUserResponse { User = new User { Id = request.UserId } };
    }
}
