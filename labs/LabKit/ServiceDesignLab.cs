using Grpc.Core;
using Grpc.Core.Testing;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 14: designing and testing a service. Checks a gRPC adapter over an <see cref="IUserCatalog"/>:
/// it translates the domain's results and exceptions into messages and status codes, and makes
/// CreateUsers idempotent with an <c>idempotency-key</c> header. The checks are the tests the lesson
/// teaches: unit tests that call the methods with <see cref="TestServerCallContext"/>, and an
/// integration test over the in-process server.
/// </summary>
public static class ServiceDesignLab
{
    /// <summary>The header that makes CreateUsers idempotent.</summary>
    public const string IdempotencyKeyHeader = "idempotency-key";

    private const string Lesson = "Lesson 14 · Designing and testing a service";

    private static readonly LabDefinition<Func<IUserCatalog, UserServiceGrpc.UserServiceBase>> s_lab = new("Lab 14 · Designing and testing a service",
    [
        new("Unit test: GetUser maps the catalog's user to the response",
            "GetUser calls catalog.Find(request.UserId) and wraps the result: new GetUserResponse { User = user }.",
            $"{Lesson}, section \"Unit tests of the service methods with TestServerCallContext\"",
            async create =>
            {
                var service = Create(create, new InMemoryUserCatalog());
                var reply = await service.GetUser(new GetUserRequest { UserId = 3 }, Context("GetUser"));
                Expect.Equal("Grace Hopper", reply?.User?.Name, "GetUser(3).User.Name");
            }),
        new("Unit test: GetUser translates 'not there' to NOT_FOUND and a bad id to INVALID_ARGUMENT",
            "The catalog returns null for an unknown id: the adapter, not the domain, turns that into StatusCode.NotFound. Ids below 1 are InvalidArgument.",
            $"{Lesson}, section \"Three layers: interface, implementation, adapter\"",
            async create =>
            {
                var service = Create(create, new InMemoryUserCatalog());
                await Expect.StatusAsync(StatusCode.NotFound, "GetUser(77)", () => service.GetUser(new GetUserRequest { UserId = 77 }, Context("GetUser")));
                await Expect.StatusAsync(StatusCode.InvalidArgument, "GetUser(-5)", () => service.GetUser(new GetUserRequest { UserId = -5 }, Context("GetUser")));
            }),
        new("Unit test: CreateUsers translates EmailTakenException and ArgumentException",
            "Catch the domain's exceptions in one Translate method: EmailTakenException becomes AlreadyExists, ArgumentException InvalidArgument. Anything else should stay an unexpected error.",
            $"{Lesson}, section \"Unit tests of the service methods with TestServerCallContext\"",
            async create =>
            {
                var service = Create(create, new InMemoryUserCatalog());
                await Expect.StatusAsync(StatusCode.AlreadyExists, "CreateUsers with ada@example.com (taken)", () => service.CreateUsers(Stream(new User { Name = "Ada", Email = "ada@example.com", Age = 36 }), Context("CreateUsers")));
                await Expect.StatusAsync(StatusCode.InvalidArgument, "CreateUsers with an empty name", () => service.CreateUsers(Stream(new User { Email = "nobody@example.com", Age = 20 }), Context("CreateUsers")));
                var reply = await service.CreateUsers(Stream(new User { Name = "Radia Perlman", Email = "radia@example.com", Age = 74 }), Context("CreateUsers"));
                Expect.Equal(1, reply?.CreatedCount ?? 0, "CreatedCount of a valid upload");
            }),
        new("Unit test: CreateUsers with a repeated idempotency-key creates the users once",
            "Keep the results by idempotency key in the service instance (a ConcurrentDictionary<string, CreateUsersResponse>); when the key was handled already, return the earlier response without calling the catalog.",
            $"{Lesson}, section \"Exercise\"",
            async create =>
            {
                var catalog = new InMemoryUserCatalog();
                var service = Create(create, catalog);
                var headers = new Metadata { { IdempotencyKeyHeader, "batch-42" } };
                var first = await service.CreateUsers(Stream(new User { Name = "Hedy Lamarr", Email = "hedy@example.com", Age = 85 }), Context("CreateUsers", headers));
                var second = await service.CreateUsers(Stream(new User { Name = "Hedy Lamarr", Email = "hedy@example.com", Age = 85 }), Context("CreateUsers", headers));
                Expect.Equal(1, first?.CreatedCount ?? 0, "the first call's CreatedCount");
                Expect.Equal(1, second?.CreatedCount ?? 0, "the retried call's CreatedCount (the same answer)");
                Expect.Equal(1, catalog.AddCalls, "the number of times the catalog was asked to add a user");
            }),
        new("Integration test: the adapter answers over a real channel, in process",
            "Nothing new to write if the unit steps pass: the in-process server runs the same class through the real gRPC pipeline (serialization, status codes in trailers).",
            $"{Lesson}, section \"Integration tests over the in-process server\"",
            async create =>
            {
                await using var server = await LabServer.StartAsync(create(new InMemoryUserCatalog()));
                var reply = await server.Client.GetUserAsync(new GetUserRequest { UserId = 1 });
                Expect.Equal("Ada Lovelace", reply.User?.Name, "GetUser(1).User.Name over the channel");
                await Expect.StatusAsync(StatusCode.NotFound, "GetUser(77) over the channel", () => server.Client.GetUserAsync(new GetUserRequest { UserId = 77 }).ResponseAsync);
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step; each creates the adapter with <paramref name="create"/> over a fresh catalog of the five sample users.</summary>
    /// <param name="create">Creates the learner's adapter over the catalog.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(Func<IUserCatalog, UserServiceGrpc.UserServiceBase> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return s_lab.RunAsync(create);
    }

    private static UserServiceGrpc.UserServiceBase Create(Func<IUserCatalog, UserServiceGrpc.UserServiceBase> create, IUserCatalog catalog)
    {
        var service = create(catalog);
        Expect.That(service is not null, "your factory to return a service", "it returned null");
        return service!;
    }

    private static ListStreamReader<User> Stream(params User[] users) => new(users);

    private static ServerCallContext Context(string method, Metadata? headers = null) =>
        TestServerCallContext.Create(
            method: $"/user_service.UserService/{method}",
            host: "localhost",
            deadline: DateTime.UtcNow.AddMinutes(1),
            requestHeaders: headers ?? [],
            cancellationToken: CancellationToken.None,
            peer: "ipv4:127.0.0.1:50000",
            authContext: null,
            contextPropagationToken: null,
            writeHeadersFunc: _ => Task.CompletedTask,
            writeOptionsGetter: () => null,
            writeOptionsSetter: _ => { });
}
