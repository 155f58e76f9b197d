using Grpc.Core;
using UserService.Contracts;
using Contract = UserService.Contracts.UserService;

namespace GrpcTutorial.Tests.Hosting;

/// <summary>A service whose ListUsers sends three users and ends, and whose other calls are the scripted ones.</summary>
internal sealed class ShortStreamUserService : Contract.UserServiceBase
{
    private readonly ScriptedUserService _scripted = new();

    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context) => _scripted.GetUser(request, context);

    public override async Task ListUsers(GetUserRequest request, IServerStreamWriter<User> responseStream, ServerCallContext context)
    {
        for (var id = request.UserId + 1; id <= request.UserId + 3; id++)
        {
            await responseStream.WriteAsync(new User { Id = id, Name = $"User {id}" }, context.CancellationToken);
        }
    }

    public override Task<CreateUsersResponse> CreateUsers(IAsyncStreamReader<User> requestStream, ServerCallContext context) =>
        _scripted.CreateUsers(requestStream, context);

    public override Task ChatUsers(IAsyncStreamReader<ChatMessage> requestStream, IServerStreamWriter<ChatMessage> responseStream, ServerCallContext context) =>
        _scripted.ChatUsers(requestStream, responseStream, context);
}
