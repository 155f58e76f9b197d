using Grpc.Core;
using Grpc.Core.Interceptors;
using GrpcTutorial.Samples;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 10: errors and status codes, with an authentication interceptor. Checks a service that
/// raises the right codes and a server interceptor that admits callers by bearer token:
/// <c>authorization: Bearer admin-token</c> may call everything, <c>Bearer reader-token</c> may
/// only read (GetUser, ListUsers).
/// </summary>
public static class ErrorsLab
{
    /// <summary>The token of a caller who may call every method.</summary>
    public const string AdminToken = "admin-token";

    /// <summary>The token of a caller who may only read.</summary>
    public const string ReaderToken = "reader-token";

    private const string Lesson = "Lesson 10 · Errors and status codes";

    private static readonly LabDefinition<(Func<List<User>, UserServiceGrpc.UserServiceBase> Service, Func<Interceptor> Interceptor)> s_lab = new("Lab 10 · Errors, status codes and an auth interceptor",
    [
        new("GetUser answers INVALID_ARGUMENT for an id below 1 and NOT_FOUND for an unknown id",
            "Validate first (InvalidArgument: the caller's request is wrong whatever the data), then look up (NotFound: the request is fine, the user does not exist).",
            $"{Lesson}, section \"Raising errors on the server\"",
            async lab =>
            {
                await using var server = await StartAsync(lab);
                await Expect.StatusAsync(StatusCode.InvalidArgument, "GetUser(0)", () => server.Client.GetUserAsync(new GetUserRequest { UserId = 0 }, As(AdminToken)).ResponseAsync);
                await Expect.StatusAsync(StatusCode.NotFound, "GetUser(404)", () => server.Client.GetUserAsync(new GetUserRequest { UserId = 404 }, As(AdminToken)).ResponseAsync);
                var reply = await server.Client.GetUserAsync(new GetUserRequest { UserId = 2 }, As(AdminToken));
                Expect.Equal("Alan Turing", reply.User?.Name, "GetUser(2).User.Name");
            }),
        new("CreateUsers answers ALREADY_EXISTS, naming the email, when an email is taken",
            "Compare emails ignoring case against the store; throw new RpcException(new Status(StatusCode.AlreadyExists, $\"Email {email} is already taken\")).",
            $"{Lesson}, sections \"Raising errors on the server\" and \"Exercise\"",
            async lab =>
            {
                await using var server = await StartAsync(lab);
                var status = await Expect.StatusAsync(StatusCode.AlreadyExists, "creating a user with grace@example.com", () => CreateOneAsync(server, AdminToken, new User { Name = "Grace Again", Email = "grace@example.com", Age = 85 }));
                Expect.That(status.Detail.Contains("grace@example.com", StringComparison.OrdinalIgnoreCase), "the detail to name the email", $"the detail was \"{status.Detail}\"");
            }),
        new("The interceptor answers UNAUTHENTICATED, on every kind of method, without a known bearer token",
            "Read context.RequestHeaders.GetValue(\"authorization\"); only \"Bearer admin-token\" and \"Bearer reader-token\" are known. Make all four handlers (unary and the three streaming ones) check the caller, or streaming methods stay open to anyone.",
            $"{Lesson}, section \"Triggering the library's own codes\" (credentials through an interceptor)",
            async lab =>
            {
                await using var server = await StartAsync(lab);
                await Expect.StatusAsync(StatusCode.Unauthenticated, "GetUser(1) without an authorization header", () => server.Client.GetUserAsync(new GetUserRequest { UserId = 1 }).ResponseAsync);
                await Expect.StatusAsync(StatusCode.Unauthenticated, "GetUser(1) with \"Bearer guess\"", () => server.Client.GetUserAsync(new GetUserRequest { UserId = 1 }, As("guess")).ResponseAsync);
                await Expect.StatusAsync(StatusCode.Unauthenticated, "ListUsers (server streaming) without an authorization header", async () =>
                {
                    using var call = server.Client.ListUsers(new GetUserRequest());
                    while (await call.ResponseStream.MoveNext())
                    {
                    }
                });
                await Expect.StatusAsync(StatusCode.Unauthenticated, "CreateUsers (client streaming) without an authorization header", () => CreateOneAsync(server, token: null));
                await Expect.StatusAsync(StatusCode.Unauthenticated, "ChatUsers (bidirectional) without an authorization header", async () =>
                {
                    using var call = server.Client.ChatUsers();
                    await RequestStream.TrySendAsync(call.RequestStream, []);

                    while (await call.ResponseStream.MoveNext())
                    {
                    }
                });
            }),
        new("A reader may read but CreateUsers answers PERMISSION_DENIED for them; an admin may create",
            "Authenticated but not allowed is PERMISSION_DENIED, not UNAUTHENTICATED. In the client-streaming handler, check context.Method (\"/user_service.UserService/CreateUsers\") and the token before calling continuation.",
            $"{Lesson}, section \"The 17 status codes\" (UNAUTHENTICATED vs PERMISSION_DENIED)",
            async lab =>
            {
                await using var server = await StartAsync(lab);
                var reply = await server.Client.GetUserAsync(new GetUserRequest { UserId = 1 }, As(ReaderToken));
                Expect.Equal(1, reply.User?.Id ?? 0, "GetUser(1) as a reader: the user's id");
                await Expect.StatusAsync(StatusCode.PermissionDenied, "CreateUsers as a reader", () => CreateOneAsync(server, ReaderToken));
                Expect.Equal(1, await CreateOneAsync(server, AdminToken), "CreatedCount of CreateUsers as an admin");
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step; each hosts a new service, made by <paramref name="createService"/>, behind a new interceptor.</summary>
    /// <param name="createService">Creates the learner's service over the store it serves and adds to.</param>
    /// <param name="createInterceptor">Creates the learner's server interceptor.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(Func<List<User>, UserServiceGrpc.UserServiceBase> createService, Func<Interceptor> createInterceptor)
    {
        ArgumentNullException.ThrowIfNull(createService);
        ArgumentNullException.ThrowIfNull(createInterceptor);
        return s_lab.RunAsync((createService, createInterceptor));
    }

    private static Metadata As(string token) => new() { { "authorization", $"Bearer {token}" } };

    private static Task<LabServer> StartAsync((Func<List<User>, UserServiceGrpc.UserServiceBase> Service, Func<Interceptor> Interceptor) lab)
    {
        var interceptor = lab.Interceptor();
        Expect.That(interceptor is not null, "your interceptor factory to return an interceptor", "it returned null");
        return LabServer.StartAsync(lab.Service(SampleUsers.All().ToList()), interceptor!);
    }

    private static async Task<int> CreateOneAsync(LabServer server, string? token, User? user = null)
    {
        using var call = server.Client.CreateUsers(token is null ? null : As(token));
        await RequestStream.TrySendAsync(call.RequestStream, [user ?? new User { Name = "Radia Perlman", Email = "radia@example.com", Age = 74 }]);
        return (await call.ResponseAsync).CreatedCount;
    }
}
