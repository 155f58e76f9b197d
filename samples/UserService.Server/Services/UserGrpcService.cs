using System.Security.Cryptography;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using UserService.Contracts;
using UserService.Server.Chat;
using UserService.Server.Configuration;
using UserService.Server.Storage;
using UserService.Server.Text;
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

    /// <summary>
    /// The request header that makes CreateUsers safe to retry: a retry with the same key and the same
    /// users returns the first call's result and stores nothing new, for as long as
    /// <see cref="UserServiceOptions.IdempotencyKeyLifetime"/> after the first call.
    /// </summary>
    public const string IdempotencyKeyHeader = "idempotency-key";

    /// <summary>The longest accepted idempotency key.</summary>
    public const int MaxIdempotencyKeyLength = 128;

    // RST_STREAM error code ENHANCE_YOUR_CALM (RFC 9113, section 7), which gRPC clients report as
    // RESOURCE_EXHAUSTED (gRPC's PROTOCOL-HTTP2.md, "Errors").
    private const int EnhanceYourCalm = 0xb;

    /// <summary>The <c>user</c> of the acknowledgements ChatUsers sends back to a message's author.</summary>
    public const string ServerUserName = "server";

    /// <summary>The name used in the chat for a message whose <c>user</c> is empty.</summary>
    public const string AnonymousUserName = "anonymous";

    private readonly IUserRepository _repository;
    private readonly ChatRoom _chatRoom;
    private readonly ILogger<UserGrpcService> _logger;
    private readonly CancellationToken _stopping;
    private readonly UserServiceOptions _limits;

    /// <summary>Creates the service.</summary>
    /// <param name="repository">Where the users are stored.</param>
    /// <param name="chatRoom">The chat room shared by all ChatUsers calls.</param>
    /// <param name="lifetime">
    /// The application's lifetime: streams end with UNAVAILABLE when the server shuts down
    /// instead of holding the shutdown up. Optional (tests may leave it out).
    /// </param>
    /// <param name="options">The limits; the defaults of <see cref="UserServiceOptions"/> when left out.</param>
    public UserGrpcService(
        IUserRepository repository,
        ChatRoom chatRoom,
        ILogger<UserGrpcService> logger,
        IHostApplicationLifetime? lifetime = null,
        IOptions<UserServiceOptions>? options = null)
    {
        _repository = repository;
        _chatRoom = chatRoom;
        _logger = logger;
        _stopping = lifetime?.ApplicationStopping ?? CancellationToken.None;
        _limits = options?.Value ?? new UserServiceOptions();
    }

    #region GetUser
    /// <summary>Unary: returns one user. INVALID_ARGUMENT if user_id &lt;= 0, NOT_FOUND if there is no such user.</summary>
    /// <param name="request">The id of the user.</param>
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
            throw ShuttingDown(context);
        }
    }
    #endregion

    #region CreateUsers
    /// <summary>
    /// Client streaming: stores every user of the stream, ALL OR NOTHING. Each user is validated as
    /// it arrives (INVALID_ARGUMENT names the stream position and the field; ALREADY_EXISTS for an
    /// email used twice in the stream; RESOURCE_EXHAUSTED names the stream limit a client exceeded);
    /// the users are stored in one transaction once the client has completed the stream
    /// (ALREADY_EXISTS if an email is already in the database). On any error nothing is stored.
    /// With an <c>idempotency-key</c> header, a retry of the same batch returns the first result; once
    /// the key has expired, the retry is a new batch (ALREADY_EXISTS for the emails the first one stored).
    /// </summary>
    /// <param name="requestStream">The users to create; their id must be 0.</param>
    public override async Task<CreateUsersResponse> CreateUsers(IAsyncStreamReader<User> requestStream, ServerCallContext context)
    {
        var key = ReadIdempotencyKey(context);
        using var call = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, _stopping);

        // A retry: the first call may have stored fewer users than this one sends. A client that
        // cancels (or hits its deadline) can half-close its stream before resetting it, and the server
        // cannot tell that half-close from a real end of stream, so it stores what it got. The retry
        // then answers with what the first call stored, if this stream starts with exactly those users.
        var previous = key is null ? null : await _repository.FindIdempotencyKeyAsync(key, call.Token);
        var users = new List<User>();
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long streamBytes = 0;
        try
        {
            await foreach (var user in requestStream.ReadAllAsync(call.Token))
            {
                var position = users.Count;
                if (position == _limits.MaxUsersPerStream)
                {
                    throw new RpcException(new Status(
                        StatusCode.ResourceExhausted,
                        $"users[{position}]: a stream may create at most {LimitName(nameof(UserServiceOptions.MaxUsersPerStream))} = {_limits.MaxUsersPerStream} users"));
                }

                var error = UserValidator.Validate(user, position, _limits);
                if (error is not null)
                {
                    throw new RpcException(new Status(StatusCode.InvalidArgument, error));
                }

                streamBytes += user.CalculateSize();
                if (streamBytes > _limits.MaxStreamBytes)
                {
                    throw new RpcException(new Status(
                        StatusCode.ResourceExhausted,
                        $"users[{position}]: the stream is larger than {LimitName(nameof(UserServiceOptions.MaxStreamBytes))} = {_limits.MaxStreamBytes} bytes"));
                }

                if (!emails.Add(user.Email))
                {
                    throw new RpcException(new Status(
                        StatusCode.AlreadyExists, $"users[{position}].email: {SafeText.Quote(user.Email)} appears earlier in the same stream"));
                }

                users.Add(user);
            }

            if (previous is not null)
            {
                return StartsWithStoredBatch(users, previous.CreatedCount, previous.BatchHash)
                    ? Replay(key!, previous.CreatedCount, users.Count)
                    : throw new IdempotencyKeyReusedException(previous.CreatedCount, previous.BatchHash);
            }

            // The client has completed the stream: store everything in one transaction.
            var idempotencyKey = key is null ? null : new IdempotencyKey(key, BatchHash(users, users.Count));
            var stored = await _repository.AddUsersAsync(users, idempotencyKey, call.Token);
            if (stored.Replayed)
            {
                _logger.LogInformation("CreateUsers replayed idempotency key {Key}: {Count} users stored by the first call", key, stored.CreatedCount);
            }
            else
            {
                _logger.LogInformation("CreateUsers stored {Count} users", stored.CreatedCount);
            }

            return new CreateUsersResponse { CreatedCount = stored.CreatedCount };
        }
        catch (DuplicateEmailException ex)
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, ex.Message));
        }
        catch (IdempotencyKeyReusedException ex) when (StartsWithStoredBatch(users, ex.CreatedCount, ex.StoredBatchHash))
        {
            // Another attempt with this key committed while this one was streaming: it started before
            // that commit, so the lookup above found nothing. Same answer as a later retry gets.
            return Replay(key!, ex.CreatedCount, users.Count);
        }
        catch (IdempotencyKeyReusedException ex)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, ex.Message));
        }
        catch (OperationCanceledException) when (IsShuttingDown(context))
        {
            throw ShuttingDown(context);
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
    public override async Task ChatUsers(
        IAsyncStreamReader<ChatMessage> requestStream, IServerStreamWriter<ChatMessage> responseStream, ServerCallContext context)
    {
        using var member = _chatRoom.Join();
        using var call = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, _stopping, member.Evicted);

        // An evicted member's client is not reading: the writer loop is stuck on HTTP/2 flow control
        // with part of a message written, so trailers could never reach it, and cancelling the write
        // resets the stream with CANCEL (reported as CANCELLED). Resetting it first with
        // ENHANCE_YOUR_CALM makes gRPC clients report RESOURCE_EXHAUSTED instead. Registered after
        // the linked source, so it runs before that source cancels the writer.
        var reset = TryGetResetFeature(context);
        using var onEvicted = member.Evicted.Register(() => reset?.Reset(EnhanceYourCalm));
        _logger.LogDebug("Chat member joined; {Count} in the room", _chatRoom.MemberCount);

        // The writer loop: the only code that writes to the response stream.
        var writer = WriteMailboxAsync(member, responseStream, call);
        try
        {
            // The reader loop.
            while (await requestStream.MoveNext(call.Token))
            {
                var message = requestStream.Current;
                var error = ValidateChatMessage(message);
                if (error is not null)
                {
                    throw new RpcException(new Status(StatusCode.InvalidArgument, error));
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
                throw ShuttingDown(context);
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

    private string? ValidateChatMessage(ChatMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return "text must not be empty";
        }

        if (message.Text.Length > _limits.MaxChatTextLength)
        {
            return $"text: {message.Text.Length} characters is more than the limit {LimitName(nameof(UserServiceOptions.MaxChatTextLength))} = {_limits.MaxChatTextLength}";
        }

        if (message.User.Length > _limits.MaxChatTextLength)
        {
            return $"user: {message.User.Length} characters is more than the limit {LimitName(nameof(UserServiceOptions.MaxChatTextLength))} = {_limits.MaxChatTextLength}";
        }

        // Only the server speaks as "server": a client using the name could forge acknowledgements.
        return string.Equals(message.User.Trim(), ServerUserName, StringComparison.OrdinalIgnoreCase)
            ? $"user: {SafeText.Quote(message.User)} is reserved for the server's acknowledgements"
            : null;
    }

    /// <summary>
    /// The hash an idempotency key stores with its batch: SHA-256 over the first <paramref name="count"/>
    /// users, each length-prefixed so that two different batches never hash the same bytes.
    /// </summary>
    private static string BatchHash(IReadOnlyList<User> users, int count)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var user in users.Take(count))
        {
            var bytes = user.ToByteArray();
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>
    /// True when <paramref name="users"/> starts with exactly the batch stored under a key: the same
    /// batch, or a longer stream whose first attempt was cut short after <paramref name="storedCount"/> users.
    /// </summary>
    private static bool StartsWithStoredBatch(IReadOnlyList<User> users, int storedCount, string storedHash) =>
        storedCount <= users.Count && BatchHash(users, storedCount) == storedHash;

    private CreateUsersResponse Replay(string key, int storedCount, int sentCount)
    {
        _logger.LogInformation(
            "CreateUsers replayed idempotency key {Key}: the first call stored {Count} of the {Sent} users sent now",
            key, storedCount, sentCount);
        return new CreateUsersResponse { CreatedCount = storedCount };
    }

    private static string? ReadIdempotencyKey(ServerCallContext context)
    {
        var key = context.RequestHeaders.GetValue(IdempotencyKeyHeader);
        if (key is null)
        {
            return null;
        }

        return key.Length is > 0 and <= MaxIdempotencyKeyLength && key.All(character => character is > ' ' and <= '~')
            ? key
            : throw new RpcException(new Status(
                StatusCode.InvalidArgument,
                $"{IdempotencyKeyHeader}: must be 1 to {MaxIdempotencyKeyLength} printable ASCII characters without spaces (a UUID, for example)"));
    }

    private static IHttpResetFeature? TryGetResetFeature(ServerCallContext context)
    {
        try
        {
            return context.GetHttpContext().Features.Get<IHttpResetFeature>();
        }
        catch (InvalidOperationException)
        {
            // Called without ASP.NET Core (a unit test's context): there is no stream to reset.
            return null;
        }
    }

    private static string LimitName(string setting) => $"{UserServiceOptions.SectionName}:{setting}";

    private bool IsShuttingDown(ServerCallContext context) =>
        _stopping.IsCancellationRequested && !context.CancellationToken.IsCancellationRequested;

    private RpcException ShuttingDown(ServerCallContext context)
    {
        // Logged here because grpc-dotnet's own log of the status is turned down (appsettings.json).
        _logger.LogInformation("{Method} ended with UNAVAILABLE: the server is shutting down", context.Method);
        return new(new Status(StatusCode.Unavailable, "The server is shutting down; try again later."));
    }
}
