using Grpc.Core;
using Performance.Core.Pages;
using Performance.Core.Shapes;

namespace Performance.Core.Transport;

/// <summary>
/// The paging experiment: the same users as ListUsers, many per message. Each page references the
/// store's existing User objects; nothing is serialized ahead of time.
/// </summary>
/// <param name="store">The users.</param>
public sealed class UserPagesService(UserStore store) : UserPages.UserPagesBase
{
    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPageSize = 10_000;

    /// <inheritdoc/>
    public override async Task ListUserPages(ListUserPagesRequest request, IServerStreamWriter<UserList> responseStream, ServerCallContext context)
    {
        if (request.PageSize is < 1 or > MaxPageSize)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"page_size must be 1 to {MaxPageSize}."));
        }

        var users = store.Users;
        for (var start = Math.Max(request.AfterUserId, 0); start < users.Count; start += request.PageSize)
        {
            var page = new UserList();
            for (var index = start; index < Math.Min(start + request.PageSize, users.Count); index++)
            {
                page.Users.Add(users[index]);
            }

            await responseStream.WriteAsync(page, context.CancellationToken);
        }
    }
}
