using System.Threading.Channels;
using Grpc.Core;

namespace UserService.Server.Tests.Fakes;

/// <summary>
/// A response stream for calling a service method directly: records what the method writes and
/// lets the test wait for each message. <see cref="OnWrite"/> runs before each write (for example
/// to cancel the call after N messages), and <see cref="Gate"/> can hold writes back, like a
/// client that reads slowly.
/// </summary>
public sealed class TestStreamWriter<T> : IServerStreamWriter<T>
    where T : class
{
    private readonly Channel<T> _written = System.Threading.Channels.Channel.CreateUnbounded<T>();
    private readonly List<T> _all = [];
    private readonly Lock _gate = new();

    public WriteOptions? WriteOptions { get; set; }

    /// <summary>Runs before each write with the number of messages written so far.</summary>
    public Action<int>? OnWrite { get; set; }

    /// <summary>When set, each write waits for this task first.</summary>
    public Task? Gate { get; set; }

    public IReadOnlyList<T> Written
    {
        get
        {
            lock (_gate)
            {
                return [.. _all];
            }
        }
    }

    public Task WriteAsync(T message) => WriteAsync(message, CancellationToken.None);

    public async Task WriteAsync(T message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            OnWrite?.Invoke(_all.Count);
        }

        if (Gate is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _all.Add(message);
        }

        _written.Writer.TryWrite(message);
    }

    /// <summary>Waits for the next message the method writes; fails after the timeout instead of hanging.</summary>
    public async Task<T> ReadNextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        return await _written.Reader.ReadAsync(cts.Token);
    }
}
