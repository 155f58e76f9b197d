using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace GrpcTutorial.Production;

/// <summary>
/// Sends one HTTP/1.1 request over a plain TCP connection and returns the response exactly as
/// the bytes arrived, so a lesson can show what an HTTP client library normally hides (chunked
/// framing, headers, a gRPC-Web body with its trailers).
/// </summary>
public static class RawHttp1
{
    /// <summary>Sends a request with <c>Connection: close</c> and reads the response until the server closes the connection.</summary>
    /// <param name="address">The server's <c>http://</c> address (host and port are used).</param>
    /// <param name="method">The request method, for example <c>POST</c>.</param>
    /// <param name="path">The request target, for example <c>/user_service.UserService/GetUser</c>.</param>
    /// <param name="headers">Request headers; <c>Host</c>, <c>Content-Length</c> and <c>Connection</c> are added.</param>
    /// <param name="body">The request body.</param>
    /// <param name="cancellationToken">Cancels the exchange.</param>
    /// <returns>The parsed response, with its raw bytes.</returns>
    public static async Task<RawHttpResponse> SendAsync(
        Uri address,
        string method,
        string path,
        IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlyMemory<byte> body,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(headers);
        if (address.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException("Only plaintext http:// addresses are supported.", nameof(address));
        }

        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"{method} {path} HTTP/1.1\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Host: {address.Authority}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n");

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, cancellationToken).ConfigureAwait(false);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);

        using var received = new MemoryStream();
        await stream.CopyToAsync(received, cancellationToken).ConfigureAwait(false);
        return RawHttpResponse.Parse(received.ToArray());
    }
}
