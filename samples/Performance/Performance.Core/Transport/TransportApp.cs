using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Performance.Core.Json;

namespace Performance.Core.Transport;

/// <summary>Builds the benchmark server: one Kestrel process, HTTP/2 without TLS on 127.0.0.1, gRPC and REST side by side.</summary>
public static class TransportApp
{
    /// <summary>Creates the application, ready to run.</summary>
    /// <param name="port">The loopback port to listen on (0 picks a free one).</param>
    /// <param name="configure">An optional last change to the builder, for tests (for example to use a test server).</param>
    /// <returns>The application.</returns>
    public static WebApplication Create(int port, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();

        // No per-request logging on either side.
        builder.Logging.ClearProviders();

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // HTTP/2 with prior knowledge ("h2c"), which both gRPC and h2load speak.
            kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2);

            // Room for many concurrent streams per connection (the default is 100).
            kestrel.Limits.Http2.MaxStreamsPerConnection = 1_000;
        });

        builder.Services.AddSingleton<UserStore>();
        builder.Services.AddSingleton<StatusCounters>();

        // gRPC with the defaults: no response compression is configured.
        builder.Services.AddGrpc();

        // REST with the source-generated JSON metadata.
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ShapesJsonContext.Default));

        configure?.Invoke(builder);

        var app = builder.Build();
        var counters = app.Services.GetRequiredService<StatusCounters>();
        app.Use(async (context, next) =>
        {
            await next(context);
            counters.Record(context);
        });

        app.MapGrpcService<UserGrpcService>();
        app.MapGrpcService<UserPagesService>();
        app.MapUserRestEndpoints();
        app.MapGet("/stats", () => TypedResults.Ok(counters.Snapshot()));

        // Build the data before the first request, not during it.
        app.Services.GetRequiredService<UserStore>();
        return app;
    }
}
