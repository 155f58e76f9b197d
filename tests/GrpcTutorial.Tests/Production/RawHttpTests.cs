using System.Text;
using GrpcTutorial.Production;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GrpcTutorial.Tests.Production;

public sealed class RawHttpTests
{
    [Fact]
    public void A_chunked_response_is_parsed_into_headers_body_and_chunk_sizes()
    {
        var raw = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");

        var response = RawHttpResponse.Parse(raw);

        Assert.Equal("HTTP/1.1 200 OK", response.StatusLine);
        Assert.Equal("text/plain", response.Header("content-type"));
        Assert.Equal("hello world", Encoding.ASCII.GetString(response.Body));
        Assert.Equal([5, 6], response.ChunkSizes);
    }

    [Fact]
    public void A_response_with_a_content_length_keeps_its_body_as_is()
    {
        var response = RawHttpResponse.Parse(Encoding.ASCII.GetBytes("HTTP/1.1 404 Not Found\r\nContent-Length: 3\r\n\r\nabc"));

        Assert.Equal("abc", Encoding.ASCII.GetString(response.Body));
        Assert.Empty(response.ChunkSizes);
        Assert.Null(response.Header("Transfer-Encoding"));
    }

    [Theory]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n9\r\nshort\r\n")]
    public void Incomplete_or_malformed_responses_are_rejected(string text)
    {
        Assert.Throws<InvalidDataException>(() => RawHttpResponse.Parse(Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public async Task A_raw_request_returns_exactly_what_kestrel_sent()
    {
        await using var server = await LoopbackServer.StartAsync(new LoopbackServerOptions
        {
            Protocols = HttpProtocols.Http1,
            Configure = app => app.MapPost("/echo", async (HttpRequest request) => await new StreamReader(request.Body).ReadToEndAsync()),
        });

        var response = await RawHttp1.SendAsync(server.Address, "POST", "/echo", [new("Content-Type", "text/plain")], "ping"u8.ToArray());

        Assert.Equal("HTTP/1.1 200 OK", response.StatusLine);
        Assert.Equal("ping", Encoding.UTF8.GetString(response.Body));
        Assert.Equal("close", response.Header("Connection"));
    }

    [Fact]
    public async Task Only_plaintext_addresses_are_accepted()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => RawHttp1.SendAsync(new Uri("https://127.0.0.1:1/"), "GET", "/", [], ReadOnlyMemory<byte>.Empty));
    }
}
