using Grpc.Core;

namespace GrpcTutorial.Labs;

/// <summary>
/// Writes to the request stream of a call that the learner's handler may already have ended (the
/// starter throws at once; a validation error ends an upload early). Writing then fails with
/// whatever the transport saw first, CANCELLED or the handler's status, so the checks read the
/// call's own status from its response instead.
/// </summary>
internal static class RequestStream
{
    /// <summary>Writes <paramref name="messages"/>, then completes the stream if <paramref name="complete"/>.</summary>
    /// <returns>False when the call had already ended: its status is in the response.</returns>
    public static async Task<bool> TrySendAsync<T>(IClientStreamWriter<T> stream, IEnumerable<T> messages, bool complete = true)
    {
        try
        {
            foreach (var message in messages)
            {
                await stream.WriteAsync(message).ConfigureAwait(false);
            }

            if (complete)
            {
                await stream.CompleteAsync().ConfigureAwait(false);
            }

            return true;
        }
        catch (Exception exception) when (exception is RpcException or InvalidOperationException)
        {
            return false;
        }
    }
}
