using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>The service of lab 12: it keeps what the server side of each call saw (the users it read, its deadline, its metadata).</summary>
internal sealed class WireRecordingService : UserServiceGrpc.UserServiceBase
{
    private readonly List<User> _created = [];

    /// <summary>The users <c>CreateUsers</c> read, in order (after the server decompressed them).</summary>
    public IReadOnlyList<User> Created
    {
        get
        {
            lock (_created)
            {
                return [.. _created];
            }
        }
    }

    /// <summary>The deadline of the last <c>GetUser</c> call, as the server computed it from <c>grpc-timeout</c>.</summary>
    public DateTime? LastDeadline { get; private set; }

    /// <summary>The metadata of the last <c>GetUser</c> call, as the server's <see cref="ServerCallContext.RequestHeaders"/> decoded it.</summary>
    public Metadata? LastHeaders { get; private set; }

    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        LastDeadline = context.Deadline;
        LastHeaders = context.RequestHeaders;
        return Task.FromResult(new GetUserResponse { User = new User { Id = request.UserId, Name = "Ada Lovelace" } });
    }

    public override async Task<CreateUsersResponse> CreateUsers(IAsyncStreamReader<User> requestStream, ServerCallContext context)
    {
        var count = 0;
        await foreach (var user in requestStream.ReadAllAsync(context.CancellationToken).ConfigureAwait(false))
        {
            lock (_created)
            {
                _created.Add(user);
            }

            count++;
        }

        return new CreateUsersResponse { CreatedCount = count };
    }
}
