using Grpc.Core;
using UserService.Contracts;
using Contract = UserService.Contracts.UserService;

namespace GrpcTutorial.Tests.Hosting;

/// <summary>A service whose GetUser waits for its deadline (or half a second) before answering.</summary>
public sealed class SlowUserService : Contract.UserServiceBase
{
    public override async Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        try
        {
            await Task.Delay(500, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The deadline passed: the framework reports DEADLINE_EXCEEDED whatever we return.
        }

        return new GetUserResponse { User = new User { Id = request.UserId } };
    }
}
