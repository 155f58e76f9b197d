using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Grpc.Core;
using GrpcTutorial.Lessons.Transcoding;
using GrpcTutorial.Production;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UserService.Contracts;

namespace GrpcTutorial.Tests.Production;

public sealed class LoopbackServerTests
{
    private static LoopbackServerOptions Gateway(HttpProtocols protocols, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null) => new()
    {
        Protocols = protocols,
        Certificate = certificate,
        ConfigureServices = services =>
        {
            services.AddGrpc().AddJsonTranscoding();
            services.AddSingleton<UserDirectoryGateway>();
        },
        Configure = app => app.MapGrpcService<UserDirectoryGateway>(),
    };

    [Fact]
    public async Task A_plaintext_server_listens_on_a_loopback_port_and_serves_h2c()
    {
        await using var server = await LoopbackServer.StartAsync(Gateway(HttpProtocols.Http2));
        using var channel = server.CreateChannel();

        var reply = await new UserGateway.UserGatewayClient(channel).GetUserAsync(new GetUserRequest { UserId = 1 });

        Assert.Equal("http", server.Address.Scheme);
        Assert.Equal("127.0.0.1", server.Address.Host);
        Assert.NotEqual(0, server.Port);
        Assert.Equal("Ada Lovelace", reply.User.Name);
    }

    [Fact]
    public async Task A_tls_server_negotiates_h2_with_alpn_and_its_channel_trusts_the_certificate()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var server = await LoopbackServer.StartAsync(Gateway(HttpProtocols.Http1AndHttp2, certificate));

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Port);
        using var tls = new SslStream(tcp.GetStream());
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "localhost",
            ApplicationProtocols = [SslApplicationProtocol.Http2, SslApplicationProtocol.Http11],
            CertificateChainPolicy = SelfSignedCertificate.TrustPolicy(certificate),
        });
        using var channel = server.CreateChannel();
        var reply = await new UserGateway.UserGatewayClient(channel).GetUserAsync(new GetUserRequest { UserId = 1 });

        Assert.Equal("https", server.Address.Scheme);
        Assert.Equal(SslApplicationProtocol.Http2, tls.NegotiatedApplicationProtocol);
        Assert.Equal("Ada Lovelace", reply.User.Name);
    }

    [Fact]
    public async Task A_client_without_the_trust_policy_rejects_the_self_signed_certificate()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var server = await LoopbackServer.StartAsync(Gateway(HttpProtocols.Http2, certificate));
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(server.Address);

        var error = await Assert.ThrowsAsync<RpcException>(() => new UserGateway.UserGatewayClient(channel).GetUserAsync(new GetUserRequest { UserId = 1 }).ResponseAsync);

        Assert.Contains(Causes(error.Status.DebugException), cause => cause is System.Security.Authentication.AuthenticationException);
    }

    [Fact]
    public async Task Json_transcoding_serves_the_annotated_get_with_a_json_body()
    {
        await using var server = await LoopbackServer.StartAsync(Gateway(HttpProtocols.Http1));
        using var http = new HttpClient { BaseAddress = server.Address };

        var found = await http.GetAsync(new Uri("/v1/users/1", UriKind.Relative));
        var missing = await http.GetAsync(new Uri("/v1/users/2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains("Ada Lovelace", await found.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Graceful_stop_lets_a_call_in_flight_finish()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(new LoopbackServerOptions
        {
            Configure = app => app.MapGet("/slow", async () =>
            {
                started.SetResult();
                await Task.Delay(300);
                return "done";
            }),
            Protocols = HttpProtocols.Http1,
        });
        using var http = new HttpClient { BaseAddress = server.Address };

        var call = http.GetStringAsync(new Uri("/slow", UriKind.Relative));
        await started.Task;
        await server.StopAsync();

        Assert.Equal("done", await call);
    }

    [Fact]
    public async Task The_log_capture_keeps_only_its_category_and_level()
    {
        var logs = new LogCapture("Microsoft.AspNetCore.Server.Kestrel.Http2", LogLevel.Trace);
        var options = Gateway(HttpProtocols.Http2);
        options.Logs = logs;
        await using var server = await LoopbackServer.StartAsync(options);
        using var channel = server.CreateChannel();

        await new UserGateway.UserGatewayClient(channel).GetUserAsync(new GetUserRequest { UserId = 1 });

        Assert.NotEmpty(logs.Entries);
        Assert.All(logs.Entries, entry => Assert.StartsWith("Microsoft.AspNetCore.Server.Kestrel.Http2", entry.Category, StringComparison.Ordinal));
        Assert.Contains(logs.Entries, entry => entry.EventId.Name == "Http2FrameReceived" && entry.Message.Contains("HEADERS", StringComparison.Ordinal));
    }

    private static IEnumerable<Exception> Causes(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
