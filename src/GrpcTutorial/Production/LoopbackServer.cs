using System.Net;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrpcTutorial.Production;

/// <summary>
/// A real Kestrel server on a loopback socket (127.0.0.1, a port the operating system picks),
/// for the topics that need a real connection: TLS and ALPN, h2c, keep-alive pings, graceful
/// shutdown, load balancing across several servers. Dispose it to stop it.
/// </summary>
/// <example>
/// <code>
/// await using var server = await LoopbackServer.StartAsync(new LoopbackServerOptions
/// {
///     ConfigureServices = services => services.AddGrpc(),
///     Configure = app => app.MapGrpcService&lt;GreeterService&gt;(),
/// });
/// using var channel = server.CreateChannel();
/// </code>
/// </example>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly LoopbackServerOptions _options;
    private bool _disposed;

    private LoopbackServer(WebApplication app, LoopbackServerOptions options, Uri address)
    {
        App = app;
        _options = options;
        Address = address;
    }

    /// <summary>The server's base address, for example <c>https://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The port the operating system assigned.</summary>
    public int Port => Address.Port;

    /// <summary>The ASP.NET Core application behind the server.</summary>
    public WebApplication App { get; }

    /// <summary>The server's dependency-injection container.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>Starts a server with the given options.</summary>
    /// <param name="options">What to host and how.</param>
    /// <returns>The running server.</returns>
    public static async Task<LoopbackServer> StartAsync(LoopbackServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (options.Logs is { } logs)
        {
            builder.Logging.SetMinimumLevel(logs.MinimumLevel);
            builder.Logging.AddProvider(logs);
        }

        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.ShutdownTimeout);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = options.Protocols;
                if (options.Certificate is { } certificate)
                {
                    listen.UseHttps(certificate);
                }
            });
            options.ConfigureKestrel?.Invoke(kestrel);
        });
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        options.Configure?.Invoke(app);
        await app.StartAsync().ConfigureAwait(false);

        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var address = new UriBuilder(bound.Scheme, "127.0.0.1", bound.Port).Uri;
        return new LoopbackServer(app, options, address);
    }

    /// <summary>
    /// Creates the client handler a lesson should use for this server: HTTP/2 over sockets and,
    /// when the server has a certificate, trust in that certificate only.
    /// </summary>
    /// <returns>A new handler.</returns>
    public SocketsHttpHandler CreateHandler()
    {
        var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true };
        if (_options.Certificate is { } certificate)
        {
            handler.TrustOnly(certificate);
        }

        return handler;
    }

    /// <summary>Creates a gRPC channel to this server over a handler from <see cref="CreateHandler"/>.</summary>
    /// <param name="options">Channel options; its <see cref="GrpcChannelOptions.HttpHandler"/> is replaced when null.</param>
    /// <returns>A new channel; dispose it when done.</returns>
    public GrpcChannel CreateChannel(GrpcChannelOptions? options = null)
    {
        options ??= new GrpcChannelOptions();
        options.HttpHandler ??= CreateHandler();
        return GrpcChannel.ForAddress(Address, options);
    }

    /// <summary>
    /// Stops gracefully: the server stops accepting connections and new calls, lets the calls in
    /// flight finish for up to <see cref="LoopbackServerOptions.ShutdownTimeout"/>, then aborts the rest.
    /// </summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public Task StopAsync() => App.StopAsync();

    /// <summary>Stops the server (gracefully, as <see cref="StopAsync"/>) and releases it.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await App.StopAsync().ConfigureAwait(false);
        await App.DisposeAsync().ConfigureAwait(false);
    }
}
