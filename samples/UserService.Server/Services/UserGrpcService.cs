using Grpc.Core;
using UserService.Contracts;
using UserService.Server.Chat;
using UserService.Server.Storage;
using UserService.Server.Validation;
using UserServiceBase = UserService.Contracts.UserService.UserServiceBase;

namespace UserService.Server.Services;

/// <summary>
/// The UserService from <c>protos/user_service.proto</c>: one method for each of the four RPC kinds.
/// Errors are reported as <see cref="RpcException"/> with a status code; anything else that goes
/// wrong becomes INTERNAL in <see cref="Interceptors.ExceptionInterceptor"/>.
/// </summary>
public sealed class UserGrpcService : UserServiceBase
{
    /// <summary>How many users ListUsers reads from the database at a time.</summary>
    public const int ListPageSize = 100;

    /// <summary>The most users one CreateUsers stream may send (they are held in memory until the stream ends).</summary>
    public const int MaxUsersPerStream = 100_000;

    /// <summary>The <c>user</c> of the acknowledgements ChatUsers sends back to a message's author.</summary>
    public const string ServerUserName = "server";

    /// <summary>The name used in the chat for a message whose <c>user</c> is empty.</summary>
    public const string AnonymousUserName = "anonymous";

    private readonly IUserRepository _repository;
    private readonly ChatRoom _chatRoom;
    private readonly ILogger<UserGrpcService> _logger;
    private readonly CancellationToken _stopping;

    /// <summary>Creates the service.</summary>
    /// <param name="repository">Where the users are stored.</param>
    /// <param name="chatRoom">The chat room shared by all ChatUsers calls.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="lifetime">
    /// The application's lifetime: streams end with UNAVAILABLE when the server shuts down
    /// instead of holding the shutdown up. Optional (tests may leave it out).
    /// </param>
    public UserGrpcService(
        IUserRepository repository,
        ChatRoom chatRoom,
        ILogger<UserGrpcService> logger,
        IHostApplicationLifetime? lifetime = null)
    {
        _repository = repository;
        _chatRoom = chatRoom;
        _logger = logger;
        _stopping = lifetime?.ApplicationStopping ?? CancellationToken.None;
    }

    #region GetUser
    /// <summary>Unary: returns one user. INVALID_ARGUMENT if user_id &lt;= 0, NOT_FOUND if there is no such user.</summary>
    /// <param name="request">The id of the user.</param>
    /// <param name="context">The call's context.</param>
    public override async Task<GetUserResponse> GetUser(GetUserRequest request, ServerCallContext context)
    {
        if (request.UserId <= 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "user_id must be positive"));
        }

        var user = await _repository.GetUserAsync(request.UserId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"User {request.UserId} not found"));
        return new GetUserResponse { User = user };
    }
    #endregion

    #region ListUsers
    /// <summary>
    /// Server streaming: streams the users whose id is greater than user_id (0 = all), in id order,
    /// reading them from the database one page at a time. Stops as soon as the call is cancelled
    /// or its deadline passes. INVALID_ARGUMENT if user_id &lt; 0.
    /// </summary>
    /// <param name="request">The cursor: only users after this id are sent.</param>
    /// <param name="responseStream">The stream of users.</param>
    /// <param name="context">The call's context.</param>
    public override async Task ListUsers(GetUserRequest request, IServerStreamWriter<User> responseStream, ServerCallContext context)
    {
        if (request.UserId < 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "user_id must not be negative"));
        }

        using var call = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, _stopping);
        var afterId = request.UserId;
        try
        {
            IReadOnlyList<User> page;
            do
            {
                page = await _repository.ListUsersAsync(afterId, ListPageSize, call.Token);
                foreach (var user in page)
                {
                    call.Token.ThrowIfCancellationRequested();
                    await responseStream.WriteAsync(user, call.Token);
                    afterId = user.Id;
                }
            }
            while (page.Count == ListPageSize);
        }
        catch (OperationCanceledException) when (IsShuttingDown(context))
        {
            throw ShuttingDown();
        }
    }
    #endregion

    #region CreateUsers
    /// <summary>
    /// Client streaming: stores every user of the stream, ALL OR NOTHING. Each user is validated as
    /// it arrives (INVALID_ARGUMENT names the stream position and the field; ALREADY_EXISTS for an
    /// email used twice in the stream); the users are stored in one transaction once the client
    /// has completed the stream (ALREADY_EXISTS if an email is already in the database). On any
    /// error nothing is stored.
    /// </summary>
    /// <param name="requestStream">The users to create; their id must be 0.</param>
    /// <param name="context">The call's context.</param>
    public override async Task<CreateUsersResponse> CreateUsers(IAsyncStreamReader<User> requestStream, ServerCallContext context)
    {
        using var call = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, _stopping);
        var users = new List<User>();
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            await foreach (var user in requestStream.ReadAllAsync(call.Token))
            {
                var position = users.Count;
                if (position == MaxUsersPerStream)
                {
                    throw new RpcException(new Status(
                        StatusCode.ResourceExhausted, $"users[{position}]: a stream may create at most {MaxUsersPerStream} users"));
                }

                var error = UserValidator.Validate(user, position);
                if (error is not null)
                {
                    throw new RpcException(new Status(StatusCode.InvalidArgument, error));
                }

                if (!emails.Add(user.Email))
                {
                    throw new RpcException(new Status(
                        StatusCode.AlreadyExists, $"users[{position}].email: '{user.Email}' appears earlier in the same stream"));
                }

                users.Add(user);
            }

            // The client has completed the stream: store everything in one transaction.
            var created = await _repository.AddUsersAsync(users, call.Token);
            _logger.LogInformation("CreateUsers stored {Count} users", created);
            return new CreateUsersResponse { CreatedCount = created };
        }
        catch (DuplicateEmailException ex)
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, ex.Message));
        }
        catch (OperationCanceledException) when (IsShuttingDown(context))
        {
            throw ShuttingDown();
        }
    }
    #endregion

    #region ChatUsers
    /// <summary>
    /// Bidirectional streaming: a chat room. Every message is acknowledged to its author at once
    /// (user "server", text "&lt;user&gt;: &lt;text&gt;"), and the acknowledgement is sent before the
    /// next message is read; the message itself is broadcast unchanged to every other ChatUsers call
    /// connected at that moment. One reader loop (here) and one writer loop
    /// (<see cref="WriteMailboxAsync"/>) run at the same time. INVALID_ARGUMENT for an empty text.
    /// </summary>
    /// <param name="requestStream">The messages from this client.</param>
    /// <param name="responseStream">Acknowledgements and other members' messages.</param>
    /// <param name="context">The call's context.</param>
    public override async Task ChatUsers(
        IAsyncStreamReader<ChatMessage> requestStream, IServerStreamWriter<ChatMessage> responseStream, ServerCallContext context)
    {
        using var member = _chatRoom.Join();
        using var call = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, _stopping, member.Evicted);
        _logger.LogDebug("Chat member joined; {Count} in the room", _chatRoom.MemberCount);

        // The writer loop: the only code that writes to the response stream.
        var writer = WriteMailboxAsync(member, responseStream, call);
        try
        {
            // The reader loop.
            while (await requestStream.MoveNext(call.Token))
            {
                var message = requestStream.Current;
                if (string.IsNullOrWhiteSpace(message.Text))
                {
                    throw new RpcException(new Status(StatusCode.InvalidArgument, "text must not be empty"));
                }

                var user = string.IsNullOrWhiteSpace(message.User) ? AnonymousUserName : message.User;
                var acknowledgement = new ChatMessage { User = ServerUserName, Text = $"{user}: {message.Text}" };
                await member.SendAsync(acknowledgement, call.Token);
                _chatRoom.Broadcast(new ChatMessage { User = user, Text = message.Text }, member);
            }

            // The client completed its stream: leave, send what is still queued, end the call.
            member.Leave();
            await writer;
        }
        catch
        {
            // The reader failed (invalid message, cancellation, ...) or was stopped because the
            // writer failed. Stop the writer; if it failed on its own, its error is the one to report.
            await call.CancelAsync();
            try
            {
                await writer;
            }
            catch (OperationCanceledException)
            {
            }

            if (member.WasEvicted && !context.CancellationToken.IsCancellationRequested)
            {
                throw new RpcException(new Status(
                    StatusCode.ResourceExhausted,
                    $"You were removed from the chat: more than {_chatRoom.MailboxCapacity} messages were waiting for you."));
            }

            if (IsShuttingDown(context))
            {
                throw ShuttingDown();
            }

            throw;
        }
    }
    #endregion

    private static async Task WriteMailboxAsync(ChatMember member, IServerStreamWriter<ChatMessage> responseStream, CancellationTokenSource call)
    {
        try
        {
            await foreach (var delivery in member.Mailbox.ReadAllAsync(call.Token))
            {
                await responseStream.WriteAsync(delivery.Message, call.Token);
                delivery.MarkSent();
            }
        }
        finally
        {
            // However the writer ends, the reader must not wait any longer for a message to be sent.
            await call.CancelAsync();
        }
    }

    private bool IsShuttingDown(ServerCallContext context) =>
        _stopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested;

    private static RpcException ShuttingDown() =>
        new(new Status(StatusCode.Unavailable, "The server is shutting down; try again later."));
}
