using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab08;

/// <summary>
/// CreateUsers, all-or-nothing. Make the four steps pass:
/// 1. store every uploaded user with a new id (highest id + 1) and return how many;
/// 2. an empty upload returns 0;
/// 3. a user with an empty name: INVALID_ARGUMENT, and nothing of the upload is stored;
/// 4. an email already stored, or twice in the upload (ignoring case): ALREADY_EXISTS, nothing stored.
/// Other calls may use the store at the same time: lock (_store) whenever you read or change it.
/// </summary>
public sealed class MyUploadService(List<User> store) : UserServiceGrpc.UserServiceBase
{
    private readonly List<User> _store = store;

    public override Task<CreateUsersResponse> CreateUsers(IAsyncStreamReader<User> requestStream, ServerCallContext context)
    {
        throw new NotImplementedException($"CreateUsers into a store of {_store.Count} users: write it.");
    }
}
