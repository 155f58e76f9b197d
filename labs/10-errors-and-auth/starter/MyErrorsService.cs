using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab10;

/// <summary>
/// A service that answers with the right status codes (steps 1 and 2). Its callers are
/// authenticated by <see cref="MyAuthInterceptor"/> (steps 3 and 4).
/// 1. GetUser: INVALID_ARGUMENT for an id below 1, NOT_FOUND for an unknown id;
/// 2. CreateUsers: ALREADY_EXISTS, naming the email, when an email is taken.
/// Lock the store whenever you read or change it.
/// </summary>
public sealed class MyErrorsService(List<User> store) : UserServiceGrpc.UserServiceBase
{
    private readonly List<User> _store = store;

    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        lock (_store)
        {
            // An unknown id makes First throw, which the client sees as UNKNOWN: replace with the right codes.
            return Task.FromResult(new GetUserResponse { User = _store.First(user => user.Id == request.UserId) });
        }
    }

    public override async Task ListUsers(GetUserRequest request, IServerStreamWriter<User> responseStream, ServerCallContext context)
    {
        List<User> users;
        lock (_store)
        {
            users = [.. _store.Where(user => user.Id > request.UserId).OrderBy(user => user.Id)];
        }

        foreach (var user in users)
        {
            await responseStream.WriteAsync(user, context.CancellationToken);
        }
    }

    public override async Task<CreateUsersResponse> CreateUsers(IAsyncStreamReader<User> requestStream, ServerCallContext context)
    {
        var created = 0;
        await foreach (var user in requestStream.ReadAllAsync(context.CancellationToken))
        {
            lock (_store)
            {
                user.Id = _store.Max(stored => stored.Id) + 1;
                _store.Add(user);
            }

            created++;
        }

        return new CreateUsersResponse { CreatedCount = created };
    }
}
