using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrpcTutorial.Labs;

/// <summary>
/// An ASP.NET Core application on a test server (in process, no port, no TLS) for the labs that
/// configure the host itself: health checks, authentication. Dispose to stop.
/// </summary>
internal sealed class LabWebHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LabWebHost(WebApplication app, GrpcChannel channel)
    {
        _app = app;
        Channel = channel;
    }

    public GrpcChannel Channel { get; }

    /// <summary>An HTTP client whose base address is the server, for plain HTTP requests (REST, JSON).</summary>
    public HttpClient CreateHttpClient() => _app.GetTestServer().CreateClient();

    public static async Task<LabWebHost> StartAsync(Action<IServiceCollection> configureServices, Action<WebApplication> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddGrpc();
        configureServices(builder.Services);
        var app = builder.Build();
        configure(app);
        await app.StartAsync().ConfigureAwait(false);
        var channel = GrpcChannel.ForAddress(app.GetTestServer().BaseAddress, new GrpcChannelOptions { HttpHandler = app.GetTestServer().CreateHandler() });
        return new LabWebHost(app, channel);
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
