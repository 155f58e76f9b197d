using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab10;

/// <summary>Reference solution: validate, then look up; report a taken email as ALREADY_EXISTS.</summary>
public sealed class MyErrorsService(List<User> store) : UserServiceGrpc.UserServiceBase
{
    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        if (request.UserId < 1)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"user_id must be 1 or more, got {request.UserId}."));
        }

        lock (store)
        {
            var user = store.FirstOrDefault(user => user.Id == request.UserId)
                ?? throw new RpcException(new Status(StatusCode.NotFound, $"User {request.UserId} not found."));
            return Task.FromResult(new GetUserResponse { User = user });
        }
    }

    public override async Task ListUsers(GetUserRequest request, IServerStreamWriter<User> responseStream, ServerCallContext context)
    {
        List<User> users;
        lock (store)
        {
            users = [.. store.Where(user => user.Id > request.UserId).OrderBy(user => user.Id)];
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
            lock (store)
            {
                if (store.Any(stored => string.Equals(stored.Email, user.Email, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new RpcException(new Status(StatusCode.AlreadyExists, $"The email {user.Email} is already taken."));
                }

                user.Id = store.Max(stored => stored.Id) + 1;
                store.Add(user);
            }

            created++;
        }

        return new CreateUsersResponse { CreatedCount = created };
    }
}
