using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace GrpcTutorial.Production;

/// <summary>Settings for a <see cref="LoopbackServer"/>.</summary>
public sealed class LoopbackServerOptions
{
    /// <summary>The HTTP versions the endpoint accepts. HTTP/2 only by default, as gRPC needs.</summary>
    public HttpProtocols Protocols { get; set; } = HttpProtocols.Http2;

    /// <summary>
    /// The TLS certificate. With one, the endpoint speaks HTTPS and negotiates the protocol with
    /// ALPN; without one, it speaks plaintext (HTTP/2 then needs prior knowledge: h2c).
    /// </summary>
    public X509Certificate2? Certificate { get; set; }

    /// <summary>Registers services, for example <c>services.AddGrpc()</c>.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>Adds middleware and endpoints, for example <c>app.MapGrpcService&lt;T&gt;()</c>.</summary>
    public Action<WebApplication>? Configure { get; set; }

    /// <summary>Adjusts Kestrel, for example its HTTP/2 limits or keep-alive settings.</summary>
    public Action<KestrelServerOptions>? ConfigureKestrel { get; set; }

    /// <summary>Receives the server's log entries when set; otherwise nothing is logged.</summary>
    public LogCapture? Logs { get; set; }

    /// <summary>How long a graceful stop waits for calls in flight before it aborts them.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
