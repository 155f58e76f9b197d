using Grpc.Core;

namespace GrpcTutorial.Labs;

/// <summary>A request stream for unit tests of client-streaming methods: yields the given messages, then ends.</summary>
/// <typeparam name="T">The message type.</typeparam>
/// <param name="messages">The messages, in order.</param>
internal sealed class ListStreamReader<T>(IEnumerable<T> messages) : IAsyncStreamReader<T>
    where T : class
{
    private readonly IEnumerator<T> _messages = messages.GetEnumerator();

    public T Current => _messages.Current;

    public Task<bool> MoveNext(CancellationToken cancellationToken) => Task.FromResult(_messages.MoveNext());
}
