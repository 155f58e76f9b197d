using Grpc.Core;
using GrpcTutorial.Samples;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 06: a unary RPC. Checks a <c>GetUser</c> implementation, hosted in process, that serves the
/// users it is given and requires the API key <c>x-api-key: secret</c>.
/// </summary>
public static class UnaryLab
{
    /// <summary>The metadata key of the API key.</summary>
    public const string ApiKeyHeader = "x-api-key";

    /// <summary>The only API key the service accepts.</summary>
    public const string ApiKey = "secret";

    private const string Lesson = "Lesson 6 · Unary RPC";

    private static readonly Metadata s_withKey = new() { { ApiKeyHeader, ApiKey } };

    private static readonly LabDefinition<Func<IReadOnlyList<User>, UserServiceGrpc.UserServiceBase>> s_lab = new("Lab 06 · Unary RPC",
    [
        new("GetUser returns the stored user",
            "Find the user whose Id equals request.UserId and return new GetUserResponse { User = user }.",
            $"{Lesson}, section \"Implementing GetUser\"",
            async create =>
            {
                await using var server = await LabServer.StartAsync(create(SampleUsers.All()));
                foreach (var expected in SampleUsers.All().Take(3))
                {
                    var reply = await server.Client.GetUserAsync(new GetUserRequest { UserId = expected.Id }, s_withKey);
                    Expect.Equal(expected, reply.User, $"GetUser({expected.Id}).User");
                }
            }),
        new("GetUser answers NOT_FOUND, naming the id, for an unknown id",
            "throw new RpcException(new Status(StatusCode.NotFound, $\"User {request.UserId} not found\")). An uncaught KeyNotFoundException becomes UNKNOWN.",
            $"{Lesson}, section \"Errors: NOT_FOUND and INVALID_ARGUMENT\"",
            async create =>
            {
                await using var server = await LabServer.StartAsync(create(SampleUsers.All()));
                var status = await Expect.StatusAsync(StatusCode.NotFound, "GetUser(999)", () => server.Client.GetUserAsync(new GetUserRequest { UserId = 999 }, s_withKey).ResponseAsync);
                Expect.That(status.Detail.Contains("999", StringComparison.Ordinal), "the status detail to name the id 999", $"the detail was \"{status.Detail}\"");
            }),
        new("GetUser answers INVALID_ARGUMENT for an id of 0 or less",
            "Validate before looking up: ids start at 1, so user_id <= 0 is the caller's mistake (INVALID_ARGUMENT), not a missing user.",
            $"{Lesson}, section \"Errors: NOT_FOUND and INVALID_ARGUMENT\"",
            async create =>
            {
                await using var server = await LabServer.StartAsync(create(SampleUsers.All()));
                foreach (var id in new[] { 0, -1 })
                {
                    await Expect.StatusAsync(StatusCode.InvalidArgument, $"GetUser({id})", () => server.Client.GetUserAsync(new GetUserRequest { UserId = id }, s_withKey).ResponseAsync);
                }
            }),
        new("GetUser answers UNAUTHENTICATED without the header x-api-key: secret",
            "Read context.RequestHeaders.GetValue(\"x-api-key\") first thing in GetUser; if it is not \"secret\", throw RpcException with StatusCode.Unauthenticated.",
            $"{Lesson}, sections \"Metadata: headers and trailers\" and \"Exercise\"",
            async create =>
            {
                await using var server = await LabServer.StartAsync(create(SampleUsers.All()));
                await Expect.StatusAsync(StatusCode.Unauthenticated, "GetUser(1) without an API key", () => server.Client.GetUserAsync(new GetUserRequest { UserId = 1 }).ResponseAsync);
                await Expect.StatusAsync(StatusCode.Unauthenticated, "GetUser(1) with the key \"guess\"", () => server.Client.GetUserAsync(new GetUserRequest { UserId = 1 }, new Metadata { { ApiKeyHeader, "guess" } }).ResponseAsync);
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step; each creates the service with <paramref name="create"/> and hosts it in process.</summary>
    /// <param name="create">Creates the learner's service over the users it must serve.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(Func<IReadOnlyList<User>, UserServiceGrpc.UserServiceBase> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return s_lab.RunAsync(create);
    }
}
