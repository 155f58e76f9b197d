using System.Text;
using GrpcTutorial.Wire;

namespace GrpcTutorial.Hosting;

/// <summary>
/// What one gRPC call looked like at the HTTP level, as seen by the server: the request headers
/// (HTTP/2 pseudo-headers first), the length-prefixed messages in each direction, the response
/// headers and the trailers that carry the gRPC status.
/// </summary>
/// <param name="Path">The request path, <c>/package.Service/Method</c>.</param>
/// <param name="RequestHeaders">Request headers in order, with lowercase names; pseudo-headers (<c>:method</c>, <c>:scheme</c>, <c>:authority</c>, <c>:path</c>) first.</param>
/// <param name="RequestFrames">The messages the client sent.</param>
/// <param name="ResponseHeaders">Response headers in order; <c>:status</c> first.</param>
/// <param name="ResponseFrames">The messages the server sent.</param>
/// <param name="Trailers">The trailers sent after the last message (<c>grpc-status</c>, <c>grpc-message</c>, ...).</param>
/// <param name="Duration">How long the call took on the server.</param>
/// <example>
/// <code>
/// await using var server = await InProcessServer.StartAsync(new InProcessServerOptions { RecordCalls = true }.AddService&lt;UserServiceImpl&gt;());
/// await server.CreateClient&lt;UserService.UserServiceClient&gt;().GetUserAsync(new GetUserRequest { UserId = 1 });
/// RecordedCall call = server.RecordedCalls.Single();
/// Console.WriteLine(call.ToText());   // headers, the 5-byte prefixed frames and the trailers with grpc-status
/// </code>
/// </example>
public sealed record RecordedCall(
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> RequestHeaders,
    IReadOnlyList<GrpcFrame> RequestFrames,
    IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders,
    IReadOnlyList<GrpcFrame> ResponseFrames,
    IReadOnlyList<KeyValuePair<string, string>> Trailers,
    TimeSpan Duration)
{
    /// <summary>
    /// The <c>grpc-status</c> value: from the trailers, or from the response headers for a
    /// "trailers-only" response (an error before any message was sent).
    /// </summary>
    public int? GrpcStatus
    {
        get
        {
            var value = Find(Trailers, "grpc-status") ?? Find(ResponseHeaders, "grpc-status");
            return int.TryParse(value, out var status) ? status : null;
        }
    }

    /// <summary>The <c>grpc-message</c> value, if the server sent one.</summary>
    public string? GrpcMessage => Find(Trailers, "grpc-message") ?? Find(ResponseHeaders, "grpc-message");

    /// <summary>Renders the call as the sequence of HTTP/2 frames that carried it.</summary>
    /// <returns>A multi-line description: HEADERS, DATA and trailing HEADERS in each direction.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        AppendHeaders(text, "client -> server  HEADERS", RequestHeaders);
        AppendFrames(text, "client -> server  DATA", RequestFrames);
        AppendHeaders(text, "server -> client  HEADERS", ResponseHeaders);
        AppendFrames(text, "server -> client  DATA", ResponseFrames);
        if (Trailers.Count > 0)
        {
            AppendHeaders(text, "server -> client  HEADERS (trailers, END_STREAM)", Trailers);
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Path} -> grpc-status {GrpcStatus?.ToString() ?? "?"} ({RequestFrames.Count} message(s) in, {ResponseFrames.Count} out)";

    private static string? Find(IReadOnlyList<KeyValuePair<string, string>> headers, string name) =>
        headers.FirstOrDefault(header => header.Key == name).Value;

    private static void AppendHeaders(StringBuilder text, string title, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        text.AppendLine(title);
        foreach (var (name, value) in headers)
        {
            text.Append("    ").Append(name).Append(": ").AppendLine(value);
        }
    }

    private static void AppendFrames(StringBuilder text, string title, IReadOnlyList<GrpcFrame> frames)
    {
        foreach (var frame in frames)
        {
            text.Append(title).Append("  ").AppendLine($"compressed={(frame.Compressed ? 1 : 0)} length={frame.Length}");
            text.Append("    ").AppendLine(frame.ToHex());
        }
    }
}
