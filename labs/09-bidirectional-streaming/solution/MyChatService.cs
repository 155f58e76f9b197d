using System.Threading.Channels;
using Grpc.Core;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace Lab09;

/// <summary>
/// Reference solution: every call has an outbox drained by one writer task (a response stream
/// allows one write at a time); a message is put into every connected call's outbox.
/// </summary>
public sealed class MyChatService : UserServiceGrpc.UserServiceBase
{
    private readonly List<Channel<ChatMessage>> _outboxes = [];
    private readonly Lock _gate = new();

    public override async Task ChatUsers(IAsyncStreamReader<ChatMessage> requestStream, IServerStreamWriter<ChatMessage> responseStream, ServerCallContext context)
    {
        var outbox = System.Threading.Channels.Channel.CreateUnbounded<ChatMessage>();
        lock (_gate)
        {
            _outboxes.Add(outbox);
        }

        var writer = Task.Run(async () =>
        {
            await foreach (var message in outbox.Reader.ReadAllAsync(context.CancellationToken))
            {
                await responseStream.WriteAsync(message, context.CancellationToken);
            }
        });

        try
        {
            await foreach (var message in requestStream.ReadAllAsync(context.CancellationToken))
            {
                lock (_gate)
                {
                    foreach (var member in _outboxes)
                    {
                        member.Writer.TryWrite(message);
                    }
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _outboxes.Remove(outbox);
            }

            outbox.Writer.Complete();
        }

        await writer;
    }
}
