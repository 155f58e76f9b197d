using Grpc.Core;
using UserService.Contracts;
using Contract = UserService.Contracts.UserService;

namespace GrpcTutorial.Tests.Hosting;

/// <summary>A small in-memory UserService used to exercise the in-process host.</summary>
public sealed class ScriptedUserService : Contract.UserServiceBase
{
    private int _calls;

    /// <summary>How many calls this instance has served.</summary>
    public int Calls => _calls;

    /// <summary>Set when a ListUsers call observed cancellation.</summary>
    public TaskCompletionSource<bool> StreamCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        Interlocked.Increment(ref _calls);
        return request.UserId switch
        {
            < 0 => throw new InvalidOperationException("secret connection string"),
            0 => throw new RpcException(new Status(StatusCode.InvalidArgument, "user_id must be positive")),
            > 1000 => throw new RpcException(new Status(StatusCode.NotFound, $"User {request.UserId} not found")),
            _ => Task.FromResult(new GetUserResponse { User = NewUser(request.UserId) }),
        };
    }

    public override async Task ListUsers(GetUserRequest request, IServerStreamWriter<User> responseStream, ServerCallContext context)
    {
        Interlocked.Increment(ref _calls);
        try
        {
            for (var id = request.UserId + 1; id <= request.UserId + 1_000_000; id++)
            {
                await responseStream.WriteAsync(NewUser(id), context.CancellationToken);
                if (id - request.UserId >= 5)
                {
                    // After five users the stream slows down, so clients can cancel or time out.
                    await Task.Delay(10, context.CancellationToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            StreamCancelled.TrySetResult(true);
            throw;
        }
    }

    public override async Task<CreateUsersResponse> CreateUsers(IAsyncStreamReader<User> requestStream, ServerCallContext context)
    {
        Interlocked.Increment(ref _calls);
        var count = 0;
        await foreach (var _ in requestStream.ReadAllAsync(context.CancellationToken))
        {
            count++;
        }

        return new CreateUsersResponse { CreatedCount = count };
    }

    public override async Task ChatUsers(IAsyncStreamReader<ChatMessage> requestStream, IServerStreamWriter<ChatMessage> responseStream, ServerCallContext context)
    {
        Interlocked.Increment(ref _calls);
        await foreach (var message in requestStream.ReadAllAsync(context.CancellationToken))
        {
            await responseStream.WriteAsync(new ChatMessage { User = "server", Text = $"echo: {message.Text}" }, context.CancellationToken);
        }
    }

    private static User NewUser(int id) => new() { Id = id, Name = $"User {id}", Email = $"user{id}@example.com", Age = 20 + (id % 50) };
}
