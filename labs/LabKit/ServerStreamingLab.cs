using System.Threading.Channels;
using Grpc.Core;
using GrpcTutorial.Samples;
using UserService.Contracts;
using Channel = System.Threading.Channels.Channel;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 07: server streaming. Checks a <c>ListUsers</c> implementation that streams the stored users
/// after the cursor <c>user_id</c>, in id order, then keeps the call open and forwards live updates
/// until the client cancels.
/// </summary>
public static class ServerStreamingLab
{
    private const string Lesson = "Lesson 7 · Server streaming";

    private static readonly LabDefinition<Func<IReadOnlyList<User>, ChannelReader<User>, UserServiceGrpc.UserServiceBase>> s_lab = new("Lab 07 · Server streaming",
    [
        new("ListUsers(0) streams every stored user, in id order",
            "In ListUsers, loop over the users ordered by Id and await responseStream.WriteAsync(user) for each one.",
            $"{Lesson}, section \"Implementing ListUsers\"",
            async create =>
            {
                var users = SampleUsers.All().Reverse().ToList();
                var received = await ReadExistingAsync(create, users, cursor: 0, count: users.Count);
                Expect.Equal(Names(users.OrderBy(u => u.Id)), Names(received), "the streamed names");
            }),
        new("ListUsers(n) resumes after the cursor: only ids greater than n",
            "request.UserId is a cursor: stream only the users whose Id > request.UserId, so a client whose stream broke can resume after the last id it got.",
            $"{Lesson}, section \"Resuming after a broken stream\"",
            async create =>
            {
                var users = SampleUsers.All();
                var received = await ReadExistingAsync(create, users, cursor: 3, count: 2);
                Expect.Equal(Names(users.Where(u => u.Id > 3)), Names(received), "the names streamed after id 3");
            }),
        new("After the stored users, ListUsers forwards live updates until the client cancels",
            "After the loop, await foreach (var user in updates.ReadAllAsync(context.CancellationToken)) and write each one. The call then ends only when the client cancels.",
            $"{Lesson}, sections \"Messages arrive over time\" and \"Exercise\"",
            async create =>
            {
                var updates = Channel.CreateUnbounded<User>();
                await using var server = await LabServer.StartAsync(create(SampleUsers.All().Take(2).ToList(), updates.Reader));
                using var cancel = new CancellationTokenSource();
                using var call = server.Client.ListUsers(new GetUserRequest(), cancellationToken: cancel.Token);
                var stream = call.ResponseStream;
                for (var i = 0; i < 2; i++)
                {
                    Expect.That(await stream.MoveNext(), "the two stored users first", $"the stream ended after {i}");
                }

                foreach (var name in new[] { "Live One", "Live Two" })
                {
                    await updates.Writer.WriteAsync(new User { Id = 100, Name = name });
                    var next = stream.MoveNext();
                    var arrived = await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(3))) == next;
                    Expect.That(arrived, $"the update \"{name}\" to arrive while the call is open", "nothing arrived within 3 seconds");
                    Expect.That(await next, $"the update \"{name}\"", "the stream ended instead: the handler returned after the stored users");
                    Expect.Equal(name, stream.Current.Name, "the update's name");
                }

                await cancel.CancelAsync();
                try
                {
                    await stream.MoveNext();
                }
                catch (RpcException exception) when (exception.StatusCode == StatusCode.Cancelled)
                {
                }
            }),
        new("When the client cancels, the handler stops",
            "Pass context.CancellationToken to ReadAllAsync (and to any delay): the handler then ends as soon as the client cancels, instead of waiting forever.",
            $"{Lesson}, section \"Cancelling mid-stream\"",
            async create =>
            {
                var updates = Channel.CreateUnbounded<User>();
                await using var server = await LabServer.StartAsync(create(SampleUsers.All().Take(1).ToList(), updates.Reader));
                using var cancel = new CancellationTokenSource();
                using var call = server.Client.ListUsers(new GetUserRequest(), cancellationToken: cancel.Token);
                Expect.That(await call.ResponseStream.MoveNext(), "the stored user", "the stream was empty");
                await cancel.CancelAsync();
                for (var waited = 0; waited < 30 && server.RecordedCalls.Count == 0; waited++)
                {
                    await Task.Delay(100);
                }

                Expect.That(server.RecordedCalls.Count > 0, "the handler to finish within 3 seconds of the cancellation", "it was still running: it ignores context.CancellationToken");
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step; each creates the service with <paramref name="create"/> and hosts it in process.</summary>
    /// <param name="create">Creates the learner's service over the stored users and the channel of live updates.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(Func<IReadOnlyList<User>, ChannelReader<User>, UserServiceGrpc.UserServiceBase> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return s_lab.RunAsync(create);
    }

    private static async Task<List<User>> ReadExistingAsync(Func<IReadOnlyList<User>, ChannelReader<User>, UserServiceGrpc.UserServiceBase> create, IReadOnlyList<User> users, int cursor, int count)
    {
        var updates = Channel.CreateUnbounded<User>();
        await using var server = await LabServer.StartAsync(create(users, updates.Reader));
        using var cancel = new CancellationTokenSource();
        using var call = server.Client.ListUsers(new GetUserRequest { UserId = cursor }, cancellationToken: cancel.Token);
        var received = new List<User>();
        while (received.Count < count && await ReadWithinAsync(call.ResponseStream))
        {
            received.Add(call.ResponseStream.Current);
        }

        await cancel.CancelAsync();
        return received;
    }

    private static async Task<bool> ReadWithinAsync(IAsyncStreamReader<User> stream)
    {
        var next = stream.MoveNext();
        return await Task.WhenAny(next, Task.Delay(TimeSpan.FromSeconds(3))) == next && await next;
    }

    private static string Names(IEnumerable<User> users) => "[" + string.Join(", ", users.Select(u => u.Name)) + "]";
}
