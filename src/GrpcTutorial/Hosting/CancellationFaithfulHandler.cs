namespace GrpcTutorial.Hosting;

/// <summary>
/// Sits between the gRPC client and TestServer's handler so that a cancelled call fails the way it
/// does over a real connection.
/// </summary>
/// <remarks>
/// When a call is cancelled or its deadline passes, Grpc.Net.Client cancels the HTTP request. Over
/// a socket (SocketsHttpHandler), a pending read of the response then throws
/// <see cref="OperationCanceledException"/>, and the client reports CANCELLED or DEADLINE_EXCEEDED.
/// TestServer instead throws an <see cref="IOException"/> ("The client aborted the request"), or,
/// when the abort races with the read, an <see cref="InvalidOperationException"/> ("Reading is not
/// allowed after reader was completed"); the client reports those as UNAVAILABLE and INTERNAL. This
/// handler turns a read failure after cancellation back into a cancellation.
/// <para>
/// It also drops a response that TestServer hands over after the request was cancelled. Over a
/// connection, the client's RST_STREAM ends the stream, and whatever the server sends afterwards,
/// such as the UNKNOWN status of a handler whose request read was cancelled by that very reset,
/// never reaches the client. In process, TestServer would deliver it.
/// </para>
/// </remarks>
internal sealed class CancellationFaithfulHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (cancellationToken.IsCancellationRequested)
        {
            response.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
        }

        var content = response.Content;
        var body = new CancellationFaithfulStream(await content.ReadAsStreamAsync(cancellationToken), cancellationToken);
        var replacement = new StreamContent(body);
        foreach (var header in content.Headers)
        {
            replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = replacement;
        return response;
    }
}
