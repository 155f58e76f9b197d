using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;

namespace GrpcTutorial.Hosting;

/// <summary>
/// Settings for an <see cref="InProcessServer"/>: which services to host and the options that
/// individual lessons need (interceptors, message size limits, detailed errors, call recording).
/// </summary>
/// <remarks>
/// Every member uses gRPC or BCL types only, so a notebook cell can configure a server without
/// referencing ASP.NET Core. <see cref="ConfigureServices"/> is the one escape hatch for code that
/// needs the dependency-injection container.
/// </remarks>
/// <example>
/// <code>
/// var options = new InProcessServerOptions { RecordCalls = true, EnableDetailedErrors = true }
///     .AddService&lt;UserServiceImpl&gt;();
/// await using var server = await InProcessServer.StartAsync(options);
/// </code>
/// </example>
public sealed class InProcessServerOptions
{
    private readonly List<HostedService> _services = [];

    /// <summary>The services to host, in the order they were added.</summary>
    public IReadOnlyList<HostedService> Services => _services;

    /// <summary>Interceptors that run on the server for every call, in order.</summary>
    public IList<Interceptor> ServerInterceptors { get; } = [];

    /// <summary>Interceptors that clients from <see cref="InProcessServer.CreateClient{TClient}"/> run, in order.</summary>
    public IList<Interceptor> ClientInterceptors { get; } = [];

    /// <summary>
    /// The largest message, in bytes, that the server accepts. <see langword="null"/> keeps
    /// gRPC's default of 4 MB.
    /// </summary>
    public int? MaxReceiveMessageSize { get; set; }

    /// <summary>The largest message, in bytes, that the server sends. <see langword="null"/> means no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>
    /// When <see langword="true"/>, an unhandled exception's message is sent to the client in the
    /// status detail. Off by default, as in production: clients then see only "Exception was thrown by handler."
    /// </summary>
    public bool EnableDetailedErrors { get; set; }

    /// <summary>
    /// When <see langword="true"/>, the server records every call's request headers, length-prefixed
    /// message frames and trailers in <see cref="InProcessServer.RecordedCalls"/>.
    /// </summary>
    public bool RecordCalls { get; set; }

    /// <summary>Called with each recorded call as soon as it completes (implies <see cref="RecordCalls"/>).</summary>
    public Action<RecordedCall>? OnCallRecorded { get; set; }

    /// <summary>Adjusts the client channel's options, for example a retry policy or client message size limits.</summary>
    public Action<GrpcChannelOptions>? ConfigureChannel { get; set; }

    /// <summary>Registers extra services in the server's dependency-injection container.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    /// <summary>
    /// Hosts <typeparamref name="TService"/>; like any ASP.NET Core gRPC service, a new instance
    /// is created for every call, its constructor arguments resolved from dependency injection.
    /// </summary>
    /// <typeparam name="TService">A class derived from a generated <c>...Base</c> class.</typeparam>
    /// <returns>These options, for chaining.</returns>
    public InProcessServerOptions AddService<TService>()
        where TService : class
    {
        _services.Add(new HostedService(typeof(TService), Instance: null));
        return this;
    }

    /// <summary>Hosts one shared <paramref name="instance"/> that serves every call (handy for services that keep state).</summary>
    /// <typeparam name="TService">A class derived from a generated <c>...Base</c> class.</typeparam>
    /// <param name="instance">The service object that handles every call.</param>
    /// <returns>These options, for chaining.</returns>
    public InProcessServerOptions AddService<TService>(TService instance)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(instance);
        _services.Add(new HostedService(instance.GetType(), instance));
        return this;
    }
}
