using Grpc.Core;
using GrpcTutorial.Samples;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 08: client streaming. Checks a <c>CreateUsers</c> implementation that stores an uploaded batch
/// all-or-nothing: valid users get new ids; an empty name is INVALID_ARGUMENT and a taken email
/// ALREADY_EXISTS, and then nothing of the batch is stored.
/// </summary>
public static class ClientStreamingLab
{
    private const string Lesson = "Lesson 8 · Client streaming";

    private static readonly LabDefinition<Func<List<User>, UserServiceGrpc.UserServiceBase>> s_lab = new("Lab 08 · Client streaming",
    [
        new("CreateUsers stores every uploaded user with a new id and returns the count",
            "await foreach (var user in requestStream.ReadAllAsync(context.CancellationToken)) collects the batch; give the users consecutive ids after the highest stored one (1 for an empty store), add them to the store inside lock (_store), return new CreateUsersResponse { CreatedCount = n }.",
            $"{Lesson}, section \"Implementing CreateUsers\"",
            async create =>
            {
                var store = SampleUsers.All().ToList();
                var created = await UploadAsync(create, store, NewUser("Katherine Johnson"), NewUser("Margaret Hamilton"), NewUser("Frances Allen"));
                Expect.Equal(3, created, "CreatedCount");
                var added = Snapshot(store).Skip(5).ToList();
                Expect.Equal(3, added.Count, "the number of users added to the store");
                Expect.That(added.All(u => u.Id > 5) && added.Select(u => u.Id).Distinct().Count() == 3, "new, distinct ids above the existing 1-5", $"ids {string.Join(", ", added.Select(u => u.Id))}");
            }),
        new("An empty upload creates nothing and returns 0",
            "Complete normally when the stream ends without messages: CreatedCount 0.",
            $"{Lesson}, section \"Writing a stream, completing it, awaiting the response\"",
            async create =>
            {
                var store = SampleUsers.All().ToList();
                Expect.Equal(0, await UploadAsync(create, store), "CreatedCount of an empty upload");
                Expect.Equal(5, Snapshot(store).Count, "the store's size");
            }),
        new("A user with an empty name ends the call with INVALID_ARGUMENT and stores nothing",
            "Validate every user while reading, but only add the batch to the store after the whole stream is valid (all-or-nothing).",
            $"{Lesson}, section \"All-or-nothing, or keep what arrived?\"",
            async create =>
            {
                var store = SampleUsers.All().ToList();
                await Expect.StatusAsync(StatusCode.InvalidArgument, "an upload whose second user has no name", () => UploadAsync(create, store, NewUser("Valid Person"), NewUser(string.Empty)));
                Expect.Equal(5, Snapshot(store).Count, "the store's size after the failed upload");
            }),
        new("A duplicate email, in the store or in the same upload, ends the call with ALREADY_EXISTS and stores nothing",
            "Keep a HashSet<string>(StringComparer.OrdinalIgnoreCase) of the emails seen in this call, and check the store's emails too.",
            $"{Lesson}, section \"Exercise\"; lesson 10, section \"Raising errors on the server\"",
            async create =>
            {
                var store = SampleUsers.All().ToList();
                await Expect.StatusAsync(StatusCode.AlreadyExists, "an upload with ADA@example.com (already stored)", () => UploadAsync(create, store, NewUser("New Person"), new User { Name = "Ada Again", Email = "ADA@example.com" }));
                await Expect.StatusAsync(StatusCode.AlreadyExists, "an upload with the same email twice", () => UploadAsync(create, store, NewUser("Twin"), NewUser("Twin")));
                Expect.Equal(5, Snapshot(store).Count, "the store's size after the failed uploads");
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step; each creates the service with <paramref name="create"/> and hosts it in process.</summary>
    /// <param name="create">Creates the learner's service over the store it adds to (lock the list when you touch it).</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(Func<List<User>, UserServiceGrpc.UserServiceBase> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return s_lab.RunAsync(create);
    }

    private static User NewUser(string name) =>
        new() { Name = name, Email = $"{name.Replace(' ', '.').ToLowerInvariant()}@example.com", Age = 40 };

    private static List<User> Snapshot(List<User> store)
    {
        lock (store)
        {
            return [.. store];
        }
    }

    private static async Task<int> UploadAsync(Func<List<User>, UserServiceGrpc.UserServiceBase> create, List<User> store, params User[] users)
    {
        await using var server = await LabServer.StartAsync(create(store));
        using var call = server.Client.CreateUsers();
        await RequestStream.TrySendAsync(call.RequestStream, users);
        return (await call.ResponseAsync).CreatedCount;
    }
}
