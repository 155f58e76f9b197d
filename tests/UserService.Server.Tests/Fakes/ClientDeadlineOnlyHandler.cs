namespace UserService.Server.Tests.Fakes;

/// <summary>
/// Removes the <c>grpc-timeout</c> header, so that only the client enforces the deadline.
/// </summary>
/// <remarks>
/// On ASP.NET Core's TestServer, when the server's deadline timer fires first, the server resets
/// the request and the reset can reach the client before the DEADLINE_EXCEEDED status, which the
/// client then reports as INTERNAL ("The application reset the request"). Over a real HTTP/2
/// connection the status arrives first (the end-to-end test covers that). Without the header, the
/// client's own deadline ends the call and the server sees it as a cancelled request.
/// </remarks>
public sealed class ClientDeadlineOnlyHandler : DelegatingHandler
{
    public ClientDeadlineOnlyHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("grpc-timeout");
        return base.SendAsync(request, cancellationToken);
    }
}
