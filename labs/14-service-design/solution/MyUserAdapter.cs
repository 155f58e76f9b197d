using System.Collections.Concurrent;
using Grpc.Core;
using GrpcTutorial.Labs;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab14;

/// <summary>
/// Reference solution: a thin adapter. Validation of the request's shape and the translation of
/// domain outcomes to status codes live here; the rules about users live in the catalog.
/// </summary>
public sealed class MyUserAdapter(IUserCatalog catalog) : UserServiceGrpc.UserServiceBase
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CreateUsersResponse>>> _handledRequests = new();

    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        if (request.UserId < 1)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"user_id must be 1 or more, got {request.UserId}."));
        }

        var user = catalog.Find(request.UserId)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"User {request.UserId} not found."));
        return Task.FromResult(new GetUserResponse { User = user });
    }

    public override Task<CreateUsersResponse> CreateUsers(IAsyncStreamReader<User> requestStream, ServerCallContext context)
    {
        var key = context.RequestHeaders.GetValue("idempotency-key");
        if (key is null)
        {
            return CreateAsync(requestStream, context.CancellationToken);
        }

        // The first call with this key does the work; a retry gets the same task, so the same answer.
        var handled = _handledRequests.GetOrAdd(key, _ => new Lazy<Task<CreateUsersResponse>>(() => CreateAsync(requestStream, context.CancellationToken)));
        return handled.Value;
    }

    private async Task<CreateUsersResponse> CreateAsync(IAsyncStreamReader<User> requestStream, CancellationToken cancellationToken)
    {
        var created = 0;
        await foreach (var user in requestStream.ReadAllAsync(cancellationToken))
        {
            try
            {
                catalog.Add(user.Name, user.Email, user.Age);
            }
            catch (Exception exception)
            {
                throw Translate(exception);
            }

            created++;
        }

        return new CreateUsersResponse { CreatedCount = created };
    }

    private static Exception Translate(Exception exception) => exception switch
    {
        EmailTakenException duplicate => new RpcException(new Status(StatusCode.AlreadyExists, $"The email {duplicate.Email} is already taken.")),
        ArgumentException invalid => new RpcException(new Status(StatusCode.InvalidArgument, invalid.Message)),
        _ => exception,
    };
}
