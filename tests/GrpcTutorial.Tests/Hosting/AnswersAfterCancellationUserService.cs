using Grpc.Core;
using UserService.Contracts;
using Contract = UserService.Contracts.UserService;

namespace GrpcTutorial.Tests.Hosting;

/// <summary>
/// A service whose CreateUsers, when reading the request stream fails, answers anyway with a
/// status of its own (DATA_LOSS), the way an unhandled exception would produce UNKNOWN.
/// </summary>
internal sealed class AnswersAfterCancellationUserService : Contract.UserServiceBase
{
    /// <summary>Completed when the first user of a call has been read.</summary>
    public TaskCompletionSource FirstUserRead { get; private set; } = NewSignal();

    /// <summary>Completed when the handler has sent its late status.</summary>
    public TaskCompletionSource Answered { get; private set; } = NewSignal();

    public void Reset()
    {
        FirstUserRead = NewSignal();
        Answered = NewSignal();
    }

    public override async Task<CreateUsersResponse> CreateUsers(IAsyncStreamReader<User> requestStream, ServerCallContext context)
    {
        try
        {
            while (await requestStream.MoveNext(CancellationToken.None))
            {
                FirstUserRead.TrySetResult();
            }

            return new CreateUsersResponse();
        }
        catch (Exception error) when (error is not RpcException)
        {
            Answered.TrySetResult();
            throw new RpcException(new Status(StatusCode.DataLoss, "answered after the read failed"));
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
