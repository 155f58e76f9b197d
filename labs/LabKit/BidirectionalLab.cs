using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 09: bidirectional streaming. Checks a <c>ChatUsers</c> implementation that works as a chat
/// room: one service instance serves every call, and each message is sent to every call that is
/// connected, the sender included, as soon as it arrives.
/// </summary>
public static class BidirectionalLab
{
    private const string Lesson = "Lesson 9 · Bidirectional streaming";
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(3);

    private static readonly LabDefinition<Func<UserServiceGrpc.UserServiceBase>> s_lab = new("Lab 09 · Bidirectional streaming",
    [
        new("A message comes back to its sender while the call is still open",
            "Read with await foreach over requestStream.ReadAllAsync(context.CancellationToken) and write each message to the connected calls as it arrives, not after the loop.",
            $"{Lesson}, sections \"Implementing ChatUsers\" and \"Proving the messages interleave\"",
            async create =>
            {
                await using var server = await LabServer.StartAsync(create());
                using var ada = server.Client.ChatUsers();
                await SendAsync(ada, new ChatMessage { User = "ada", Text = "hello" });
                var echo = await NextAsync(ada, "ada's own message back, before she half-closes");
                Expect.Equal(new ChatMessage { User = "ada", Text = "hello" }, echo, "the message ada receives");
                await ada.RequestStream.CompleteAsync();
            }),
        new("A message from one call reaches every other connected call",
            "Keep the room in the service instance (one instance serves every call): a list of the connected calls' outboxes, guarded by a lock. Register each call's outbox when its handler starts.",
            $"{Lesson}, section \"Exercise\"",
            async create =>
            {
                await using var server = await LabServer.StartAsync(create());
                using var ada = server.Client.ChatUsers();
                using var alan = server.Client.ChatUsers();
                await SendAsync(alan, new ChatMessage { User = "alan", Text = "joined" });
                await NextAsync(alan, "alan's own message back");
                await SendAsync(ada, new ChatMessage { User = "ada", Text = "hi alan" });
                var received = await NextAsync(alan, "ada's message at alan");
                Expect.Equal(new ChatMessage { User = "ada", Text = "hi alan" }, received, "the message alan receives");
                await ada.RequestStream.CompleteAsync();
                await alan.RequestStream.CompleteAsync();
            }),
        new("A call that half-closes leaves the room; the others keep chatting",
            "When the request stream ends, remove the call's outbox from the room in a finally block and return: that ends the call with OK. Never write to a call that has left.",
            $"{Lesson}, section \"Half-close: the client finishes, the server finishes\"",
            async create =>
            {
                await using var server = await LabServer.StartAsync(create());
                using var ada = server.Client.ChatUsers();
                using var alan = server.Client.ChatUsers();
                await SendAsync(ada, new ChatMessage { User = "ada", Text = "hi" });
                await NextAsync(ada, "ada's own message back");
                await ada.RequestStream.CompleteAsync();
                var end = ada.ResponseStream.MoveNext();
                var ended = await Task.WhenAny(end, Task.Delay(s_wait)) == end;
                Expect.That(ended, "ada's call to end after she half-closes", "it was still open after 3 seconds");
                while (await end)
                {
                    end = ada.ResponseStream.MoveNext();
                }

                Expect.Equal(StatusCode.OK, ada.GetStatus().StatusCode, "the status of ada's call");
                await SendAsync(alan, new ChatMessage { User = "alan", Text = "still here" });
                var back = await NextAsync(alan, "alan's message back after ada left");
                if (back.Text == "hi")
                {
                    // ada's message, broadcast while alan was connected.
                    back = await NextAsync(alan, "alan's message back after ada left");
                }

                Expect.Equal("still here", back.Text, "the text alan receives");
                await alan.RequestStream.CompleteAsync();
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step; each creates ONE service instance with <paramref name="create"/> and hosts it for all its calls.</summary>
    /// <param name="create">Creates the learner's service (its fields hold the room).</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(Func<UserServiceGrpc.UserServiceBase> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return s_lab.RunAsync(create);
    }

    /// <summary>
    /// Writes one message. When the handler has already ended the call, the call's own status (from
    /// its trailers) explains why, so reading the response stream to its end reports that status.
    /// </summary>
    private static async Task SendAsync(AsyncDuplexStreamingCall<ChatMessage, ChatMessage> call, ChatMessage message)
    {
        if (!await RequestStream.TrySendAsync(call.RequestStream, [message], complete: false))
        {
            while (await call.ResponseStream.MoveNext())
            {
            }

            Expect.That(false, $"to send {message.User}'s message", "the call had already ended with OK");
        }
    }

    private static async Task<ChatMessage> NextAsync(AsyncDuplexStreamingCall<ChatMessage, ChatMessage> call, string what)
    {
        var next = call.ResponseStream.MoveNext();
        Expect.That(await Task.WhenAny(next, Task.Delay(s_wait)) == next, what, "nothing arrived within 3 seconds");
        Expect.That(await next, what, "the call ended instead");
        return call.ResponseStream.Current;
    }
}
