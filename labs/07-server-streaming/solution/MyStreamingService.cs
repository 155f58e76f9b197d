using System.Threading.Channels;
using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab07;

/// <summary>Reference solution: the stored users after the cursor, then live updates until the client cancels.</summary>
public sealed class MyStreamingService(IReadOnlyList<User> users, ChannelReader<User> updates) : UserServiceGrpc.UserServiceBase
{
    public override async Task ListUsers(GetUserRequest request, IServerStreamWriter<User> responseStream, ServerCallContext context)
    {
        foreach (var user in users.Where(user => user.Id > request.UserId).OrderBy(user => user.Id))
        {
            await responseStream.WriteAsync(user, context.CancellationToken);
        }

        try
        {
            await foreach (var user in updates.ReadAllAsync(context.CancellationToken))
            {
                await responseStream.WriteAsync(user, context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The client cancelled (or its deadline passed): the call is over, nothing to report.
        }
    }
}
