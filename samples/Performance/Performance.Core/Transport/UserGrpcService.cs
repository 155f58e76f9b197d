using Grpc.Core;
using UserService.Contracts;

namespace Performance.Core.Transport;

/// <summary>The gRPC side: GetUser and ListUsers over the shared <see cref="UserStore"/>.</summary>
/// <param name="store">The users.</param>
public sealed class UserGrpcService(UserStore store) : UserService.Contracts.UserService.UserServiceBase
{
    /// <inheritdoc/>
    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        var user = store.Find(request.UserId)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"User {request.UserId} not found."));
        return Task.FromResult(new GetUserResponse { User = user });
    }

    /// <summary>
    /// Bytes of messages written between two flushes of the response. By default every WriteAsync
    /// flushes, which sends one small HTTP/2 DATA frame per user; the JSON array endpoint's
    /// serializer flushes about every 16 KB, so the stream does the same.
    /// </summary>
    public const int FlushThresholdBytes = 16 * 1024;

    private static readonly WriteOptions s_buffered = new(WriteFlags.BufferHint);

    /// <inheritdoc/>
    public override async Task ListUsers(GetUserRequest request, IServerStreamWriter<User> responseStream, ServerCallContext context)
    {
        var users = store.Users;
        var unflushed = 0;
        for (var index = Math.Max(request.UserId, 0); index < users.Count; index++)
        {
            var user = users[index];
            unflushed += user.CalculateSize() + 5;
            var flush = unflushed >= FlushThresholdBytes || index == users.Count - 1;
            responseStream.WriteOptions = flush ? null : s_buffered;
            await responseStream.WriteAsync(user, context.CancellationToken);
            if (flush)
            {
                unflushed = 0;
            }
        }
    }
}
