using System.Collections.Concurrent;
using Grpc.Core;
using GrpcTutorial.Labs;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab14;

/// <summary>
/// The gRPC adapter over the domain's <see cref="IUserCatalog"/>: it translates requests into
/// catalog calls, and the catalog's results and exceptions into responses and status codes.
/// 1. GetUser returns the catalog's user;
/// 2. an unknown id is NOT_FOUND, an id below 1 INVALID_ARGUMENT;
/// 3. CreateUsers: EmailTakenException is ALREADY_EXISTS, ArgumentException INVALID_ARGUMENT;
/// 4. CreateUsers with an idempotency-key header it has seen before returns the earlier answer
///    without adding the users again (one instance of the adapter serves every call);
/// 5. the same class works over a real channel (nothing new to write).
/// </summary>
public sealed class MyUserAdapter(IUserCatalog catalog) : UserServiceGrpc.UserServiceBase
{
    private readonly IUserCatalog _catalog = catalog;

    public override Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context) =>
        Task.FromResult(new GetUserResponse { User = _catalog.Find(request.UserId) });

    public override async Task<CreateUsersResponse> CreateUsers(IAsyncStreamReader<User> requestStream, ServerCallContext context)
    {
        var created = 0;
        await foreach (var user in requestStream.ReadAllAsync(context.CancellationToken))
        {
            _catalog.Add(user.Name, user.Email, user.Age);
            created++;
        }

        return new CreateUsersResponse { CreatedCount = created };
    }
}
