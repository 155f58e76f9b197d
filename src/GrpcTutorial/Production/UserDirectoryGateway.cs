using Grpc.Core;
using GrpcTutorial.Lessons.Transcoding;
using UserService.Contracts;

namespace GrpcTutorial.Production;

/// <summary>
/// The lesson implementation of <c>course.transcoding.UserGateway</c>: an in-memory user
/// directory that knows user 1 and accepts new users. Nothing in it knows about JSON; JSON
/// transcoding maps HTTP requests onto these methods.
/// </summary>
public sealed class UserDirectoryGateway : UserGateway.UserGatewayBase
{
    private readonly Dictionary<int, User> _users = new()
    {
        [1] = new User { Id = 1, Name = "Ada Lovelace", Email = "ada@example.com", Age = 36 },
    };

    /// <inheritdoc />
    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_users)
        {
            return _users.TryGetValue(request.UserId, out var user)
                ? Task.FromResult(new GetUserResponse { User = user })
                : throw new RpcException(new Status(StatusCode.NotFound, $"no user with id {request.UserId}"));
        }
    }

    /// <inheritdoc />
    public override Task<GetUserResponse> CreateUser(User request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.Name))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "name is required"));
        }

        lock (_users)
        {
            _users[request.Id] = request;
        }

        return Task.FromResult(new GetUserResponse { User = request });
    }
}
