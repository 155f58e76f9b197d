using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>A service whose GetUser fails its first attempts with a chosen status code, and counts every attempt it sees.</summary>
/// <param name="failures">How many attempts fail before one succeeds.</param>
/// <param name="code">The status code of the failing attempts.</param>
internal sealed class AttemptCountingService(int failures, StatusCode code) : UserServiceGrpc.UserServiceBase
{
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        if (attempt <= failures)
        {
            throw new RpcException(new Status(code, $"attempt {attempt} fails on purpose"));
        }

        return Task.FromResult(new GetUserResponse { User = new User { Id = request.UserId, Name = "Ada Lovelace" } });
    }
}
