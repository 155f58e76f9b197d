using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using UserService.Contracts;
using UserService.Server.Tests.Fakes;
using UserService.Testing;
using UserServiceClient = UserService.Contracts.UserService.UserServiceClient;

namespace UserService.Server.Tests.RealProcess;

/// <summary>The executable as it runs on a network: TLS from Kestrel settings, health by service name, reflection off in Production, slow readers.</summary>
public sealed class NetworkTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task With_a_certificate_in_the_Kestrel_settings_it_serves_TLS_answers_health_for_the_service_and_hides_reflection_in_Production()
    {
        await using var database = TempDatabase.Create();
        using var certificate = CreateSelfSignedCertificate();
        var pfx = Path.Combine(Path.GetDirectoryName(database.Path)!, "server.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));

        var (server, address) = await RealServer.StartAsync(
        [
            "--Kestrel:Endpoints:Grpc:Url=https://127.0.0.1:0",
            $"--Kestrel:Endpoints:Grpc:Certificate:Path={pfx}",
            "--Kestrel:Endpoints:Grpc:Certificate:Password=test-password",
            $"--Database:Path={database.Path}",
        ]);
        using var _ = server;
        Assert.StartsWith("https://127.0.0.1:", address, StringComparison.Ordinal);

        // Trust exactly this certificate (a real client trusts a CA instead).
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
            presented is not null && presented.GetCertHashString() == certificate.GetCertHashString();
        using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler });

        var ada = await new UserServiceClient(channel).GetUserAsync(new GetUserRequest { UserId = 1 }, deadline: DateTime.UtcNow.Add(s_timeout));
        Assert.Equal("Ada Lovelace", ada.User.Name);

        var health = new Health.HealthClient(channel);
        foreach (var service in new[] { "", "user_service.UserService" })
        {
            var response = await health.CheckAsync(new HealthCheckRequest { Service = service }, deadline: DateTime.UtcNow.Add(s_timeout));
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
        }

        using var reflection = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(deadline: DateTime.UtcNow.Add(s_timeout));
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            // The server may answer UNIMPLEMENTED before the request is written; either call then throws it.
            await reflection.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
            await reflection.ResponseStream.MoveNext();
        });
        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }

    [Fact]
    public async Task A_chat_member_that_does_not_read_sees_RESOURCE_EXHAUSTED_when_it_is_evicted()
    {
        await using var database = TempDatabase.Create();
        var (server, address) = await RealServer.StartAsync(["--urls", "http://127.0.0.1:0", $"--Database:Path={database.Path}"]);
        using var _ = server;
        using var channel = GrpcChannel.ForAddress(address);
        var client = new UserServiceClient(channel);

        // The stuck member joins, then reads nothing while another member talks.
        using var stuck = client.ChatUsers(deadline: DateTime.UtcNow.AddMinutes(2));
        await stuck.RequestStream.WriteAsync(new ChatMessage { User = "stuck", Text = "hello" });
        Assert.True(await stuck.ResponseStream.MoveNext().WaitAsync(s_timeout));

        using var talker = client.ChatUsers(deadline: DateTime.UtcNow.AddMinutes(2));
        var text = new string('t', 2_000);
        for (var i = 0; i < 400 && !server.Output.Contains("ResourceExhausted", StringComparison.Ordinal); i++)
        {
            await talker.RequestStream.WriteAsync(new ChatMessage { User = "talker", Text = text });
            Assert.True(await talker.ResponseStream.MoveNext().WaitAsync(s_timeout));
        }

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await stuck.ResponseStream.MoveNext().WaitAsync(s_timeout))
            {
            }
        });

        Assert.True(error.StatusCode == StatusCode.ResourceExhausted, $"{error}\n--- server\n{server.Output}");
        await talker.RequestStream.CompleteAsync();
    }

    [Fact]
    public async Task A_ListUsers_client_that_stopped_reading_sees_CANCELLED_when_the_server_shuts_down()
    {
        await using var database = TempDatabase.Create();
        var (server, address) = await RealServer.StartAsync(["--urls", "http://127.0.0.1:0", $"--Database:Path={database.Path}"]);
        using var _ = server;
        using var channel = GrpcChannel.ForAddress(address);
        var client = new UserServiceClient(channel);

        // About 1 MB of users: far more than the HTTP/2 window and Kestrel's buffers hold.
        using (var create = client.CreateUsers(deadline: DateTime.UtcNow.AddMinutes(1)))
        {
            for (var i = 0; i < 5_000; i++)
            {
                await create.RequestStream.WriteAsync(new User { Name = new string('n', 190), Email = $"slow{i}@example.com", Age = 30 });
            }

            await create.RequestStream.CompleteAsync();
            Assert.Equal(5_000, (await create.ResponseAsync).CreatedCount);
        }

        using var list = client.ListUsers(new GetUserRequest(), deadline: DateTime.UtcNow.AddMinutes(1));
        Assert.True(await list.ResponseStream.MoveNext().WaitAsync(s_timeout));
        await Task.Delay(TimeSpan.FromSeconds(1));

        server.Terminate();
        var exit = await server.WaitForExitAsync(s_timeout);

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await list.ResponseStream.MoveNext().WaitAsync(s_timeout))
            {
            }
        });

        // The server ends the stream with UNAVAILABLE, but with the window full the trailers cannot be
        // sent: the stream is reset, which the client reports as CANCELLED (the README documents this).
        Assert.True(error.StatusCode == StatusCode.Cancelled, $"{error}\n--- server\n{exit.Output}");
    }

    private static X509Certificate2 CreateSelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
