using System.Net;
using Grpc.Net.Client;
using GrpcTutorial.Lessons.Transcoding;
using GrpcTutorial.Production;
using UserService.Contracts;

namespace GrpcTutorial.Tests.Production;

public sealed class ByteCounterAndTranscodingTests
{
    [Fact]
    public async Task The_byte_counter_sees_one_connection_and_the_bytes_of_each_call()
    {
        await using var server = await TranscodingServer.StartAsync(SelfSignedCertificate.Create());
        var counter = new ByteCounter();
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions
        {
            HttpHandler = ByteCounter.CountBytes(server.CreateHandler(), counter),
        });
        var client = new UserGateway.UserGatewayClient(channel);

        await client.GetUserAsync(new GetUserRequest { UserId = 1 });
        var afterFirst = counter.Received;
        await client.GetUserAsync(new GetUserRequest { UserId = 1 });

        Assert.Equal(1, counter.Connections);
        Assert.True(afterFirst > 0);
        Assert.True(counter.Received > afterFirst);
        Assert.True(counter.Sent > 0);
        counter.Reset();
        Assert.Equal(0, counter.Received);
    }

    [Fact]
    public async Task The_isolated_transcoding_server_answers_rest_and_grpc_on_one_port()
    {
        using var certificate = SelfSignedCertificate.Create();
        var (address, server) = await TranscodingServer.StartIsolatedAsync(certificate);
        await using var _ = server;
        using var http = new HttpClient(new SocketsHttpHandler().TrustOnly(certificate)) { BaseAddress = address };
        using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler().TrustOnly(certificate) });

        var rest = await http.GetAsync(new Uri("/v1/users/1", UriKind.Relative));
        var grpc = await new UserGateway.UserGatewayClient(channel).GetUserAsync(new GetUserRequest { UserId = 1 });

        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        Assert.Equal(new Version(1, 1), rest.Version);
        Assert.Contains("Ada Lovelace", await rest.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Ada Lovelace", grpc.User.Name);
    }
}
