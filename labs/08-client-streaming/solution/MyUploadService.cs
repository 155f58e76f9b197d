using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab08;

/// <summary>Reference solution: read and validate the whole upload, then store it in one step.</summary>
public sealed class MyUploadService(List<User> store) : UserServiceGrpc.UserServiceBase
{
    public override async Task<CreateUsersResponse> CreateUsers(IAsyncStreamReader<User> requestStream, ServerCallContext context)
    {
        var batch = new List<User>();
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var user in requestStream.ReadAllAsync(context.CancellationToken))
        {
            if (string.IsNullOrWhiteSpace(user.Name))
            {
                throw new RpcException(new Status(StatusCode.InvalidArgument, $"User #{batch.Count + 1} of the upload has no name."));
            }

            if (!emails.Add(user.Email))
            {
                throw new RpcException(new Status(StatusCode.AlreadyExists, $"The email {user.Email} appears twice in the upload."));
            }

            batch.Add(user.Clone());
        }

        lock (store)
        {
            var taken = batch.FirstOrDefault(user => store.Any(stored => string.Equals(stored.Email, user.Email, StringComparison.OrdinalIgnoreCase)));
            if (taken is not null)
            {
                throw new RpcException(new Status(StatusCode.AlreadyExists, $"The email {taken.Email} is already taken."));
            }

            var nextId = store.Count == 0 ? 1 : store.Max(user => user.Id) + 1;
            foreach (var user in batch)
            {
                user.Id = nextId++;
                store.Add(user);
            }
        }

        return new CreateUsersResponse { CreatedCount = batch.Count };
    }
}
