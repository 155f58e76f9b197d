using System.Threading.Channels;
using Grpc.Core;

namespace UserService.Server.Tests.Fakes;

/// <summary>
/// A request stream for calling a service method directly. Messages can be queued up front
/// (<see cref="From"/>) or pushed while the method runs, like a client that writes slowly.
/// </summary>
public sealed class TestStreamReader<T> : IAsyncStreamReader<T>
    where T : class
{
    private readonly Channel<T> _messages = System.Threading.Channels.Channel.CreateUnbounded<T>();

    public T Current { get; private set; } = null!;

    public static TestStreamReader<T> From(IEnumerable<T> messages)
    {
        var reader = new TestStreamReader<T>();
        foreach (var message in messages)
        {
            reader.Push(message);
        }

        reader.Complete();
        return reader;
    }

    public void Push(T message) => _messages.Writer.TryWrite(message);

    /// <summary>The client completes its stream (no more messages).</summary>
    public void Complete() => _messages.Writer.TryComplete();

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (!await _messages.Reader.WaitToReadAsync(cancellationToken))
        {
            return false;
        }

        Current = await _messages.Reader.ReadAsync(cancellationToken);
        return true;
    }
}
