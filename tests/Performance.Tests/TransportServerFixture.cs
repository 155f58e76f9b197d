using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Performance.Core.Transport;

namespace Performance.Tests;

/// <summary>The transport server in memory (ASP.NET Core TestServer), built once for all tests of a class.</summary>
public sealed class TransportServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Http { get; private set; } = null!;

    public GrpcChannel Channel { get; private set; } = null!;

    public UserService.Contracts.UserService.UserServiceClient Grpc => new(Channel);

    public async Task InitializeAsync()
    {
        _app = TransportApp.Create(0, builder => builder.WebHost.UseTestServer());
        await _app.StartAsync();
        var server = _app.GetTestServer();
        Http = server.CreateClient();
        Channel = GrpcChannel.ForAddress(server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = server.CreateHandler(),
            MaxReceiveMessageSize = null,
        });
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        Http.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
