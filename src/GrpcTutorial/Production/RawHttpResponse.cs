using System.Globalization;
using System.Text;

namespace GrpcTutorial.Production;

/// <summary>An HTTP/1.1 response as received: the raw bytes, and the status line, headers and body parsed from them.</summary>
public sealed class RawHttpResponse
{
    private static readonly byte[] s_headEnd = "\r\n\r\n"u8.ToArray();

    private RawHttpResponse(byte[] raw, string statusLine, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body, IReadOnlyList<int> chunkSizes)
    {
        Raw = raw;
        StatusLine = statusLine;
        Headers = headers;
        Body = body;
        ChunkSizes = chunkSizes;
    }

    /// <summary>Every byte the server sent.</summary>
    public byte[] Raw { get; }

    /// <summary>The first line, for example <c>HTTP/1.1 200 OK</c>.</summary>
    public string StatusLine { get; }

    /// <summary>The response headers in the order they arrived.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The body, with chunked transfer encoding removed.</summary>
    public byte[] Body { get; }

    /// <summary>The sizes of the chunks the body arrived in (empty when it was not chunked).</summary>
    public IReadOnlyList<int> ChunkSizes { get; }

    /// <summary>The first value of a header, compared case-insensitively, or <see langword="null"/>.</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>Parses a complete response (the connection was closed after it).</summary>
    /// <param name="raw">The bytes received.</param>
    /// <returns>The parsed response.</returns>
    /// <exception cref="InvalidDataException">The bytes are not a complete HTTP/1.1 response.</exception>
    public static RawHttpResponse Parse(byte[] raw)
    {
        ArgumentNullException.ThrowIfNull(raw);

        var headEnd = raw.AsSpan().IndexOf(s_headEnd);
        if (headEnd < 0)
        {
            throw new InvalidDataException("The response has no end of headers (CRLF CRLF).");
        }

        var lines = Encoding.ASCII.GetString(raw, 0, headEnd).Split("\r\n");
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new InvalidDataException($"Malformed header line: '{line}'.");
            }

            headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
        }

        var content = raw.AsSpan(headEnd + s_headEnd.Length);
        var chunked = headers.Any(h => string.Equals(h.Key, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
            && h.Value.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        var chunkSizes = new List<int>();
        var body = chunked ? Dechunk(content, chunkSizes) : content.ToArray();
        return new RawHttpResponse(raw, lines[0], headers, body, chunkSizes);
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> content, List<int> chunkSizes)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var lineEnd = content.IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                throw new InvalidDataException("A chunk size line is not terminated.");
            }

            var sizeText = Encoding.ASCII.GetString(content[..lineEnd]).Split(';')[0].Trim();
            var size = int.Parse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            content = content[(lineEnd + 2)..];
            if (size == 0)
            {
                return body.ToArray();
            }

            if (content.Length < size + 2)
            {
                throw new InvalidDataException("A chunk is shorter than its declared size.");
            }

            chunkSizes.Add(size);
            body.Write(content[..size]);
            content = content[(size + 2)..];
        }
    }
}
