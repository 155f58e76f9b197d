using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FixtureLib;

/// <summary>An in-process gRPC host on ASP.NET Core's TestServer, as the tutorial library provides.</summary>
public sealed class FixtureHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FixtureHost(WebApplication app)
    {
        _app = app;
        Channel = GrpcChannel.ForAddress(
            "http://localhost",
            new GrpcChannelOptions { HttpHandler = app.GetTestServer().CreateHandler() });
    }

    /// <summary>A channel to the host.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>Starts a host whose endpoints are mapped by <paramref name="map"/>.</summary>
    public static async Task<FixtureHost> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        builder.Services.AddGrpc();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new FixtureHost(app);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.DisposeAsync();
    }
}
