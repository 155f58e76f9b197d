using System.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrpcTutorial.Hosting;

/// <summary>
/// Runs gRPC services inside the current process on ASP.NET Core's <see cref="TestServer"/> and
/// hands out a channel and typed clients connected to them. No port is opened: calls travel
/// through memory, yet go through the real ASP.NET Core gRPC pipeline (routing, serialization,
/// deadlines, status codes, interceptors). Dispose it to stop everything.
/// </summary>
/// <example>
/// <code>
/// await using var server = await InProcessServer.StartAsync&lt;GreeterService&gt;();
/// var client = server.CreateClient&lt;Greeter.GreeterClient&gt;();
/// var reply = await client.SayHelloAsync(new HelloRequest { Name = "Ada" });
/// </code>
/// </example>
public sealed class InProcessServer : IAsyncDisposable, IDisposable
{
    private static readonly MethodInfo s_mapGrpcServiceMethod = typeof(GrpcEndpointRouteBuilderExtensions)
        .GetMethod(nameof(GrpcEndpointRouteBuilderExtensions.MapGrpcService), genericParameterCount: 1, [typeof(IEndpointRouteBuilder)])!;

    private readonly WebApplication _app;
    private readonly CallInvoker _clientInvoker;
    private readonly List<RecordedCall> _recordedCalls = [];
    private readonly Lock _recordGate = new();
    private bool _disposed;

    private InProcessServer(WebApplication app, GrpcChannel channel, CallInvoker clientInvoker)
    {
        _app = app;
        Channel = channel;
        _clientInvoker = clientInvoker;
    }

    /// <summary>A channel connected to the server (without the client interceptors).</summary>
    public GrpcChannel Channel { get; }

    /// <summary>The base address the channel uses (<c>http://localhost/</c>: nothing listens there; calls stay in memory).</summary>
    public Uri Address => Channel.Target is { } target ? new Uri(target) : new Uri("http://localhost/");

    /// <summary>The server's dependency-injection container.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// The calls recorded so far, oldest first, when <see cref="InProcessServerOptions.RecordCalls"/>
    /// is on; otherwise empty. A call that ends normally is recorded before the client sees its end
    /// (the response, the status or the end of the stream), so it is here as soon as the client's
    /// await returns. A call the client cancels, or whose deadline passes, is recorded when the
    /// server has finished with it, which can be later.
    /// </summary>
    public IReadOnlyList<RecordedCall> RecordedCalls
    {
        get
        {
            lock (_recordGate)
            {
                return [.. _recordedCalls];
            }
        }
    }

    /// <summary>Starts a server that hosts <typeparamref name="TService"/> (a new instance per call).</summary>
    /// <typeparam name="TService">The service implementation, derived from a generated <c>...Base</c> class.</typeparam>
    /// <returns>The running server.</returns>
    public static Task<InProcessServer> StartAsync<TService>()
        where TService : class =>
        StartAsync(new InProcessServerOptions().AddService<TService>());

    /// <summary>Starts a server in which <paramref name="service"/> handles every call.</summary>
    /// <typeparam name="TService">The service implementation, derived from a generated <c>...Base</c> class.</typeparam>
    /// <param name="service">The instance that serves every call.</param>
    /// <returns>The running server.</returns>
    public static Task<InProcessServer> StartAsync<TService>(TService service)
        where TService : class =>
        StartAsync(new InProcessServerOptions().AddService(service));

    /// <summary>Starts a server with the given services and options.</summary>
    /// <param name="options">What to host and how.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="ArgumentException">No service was added, or a type was added twice.</exception>
    public static async Task<InProcessServer> StartAsync(InProcessServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        ConfigureGrpc(builder.Services, options);
        options.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpResetFeature>(IgnoreResetFeature.Instance);
            return next(context);
        });

        InProcessServer? server = null;
        if (options.RecordCalls || options.OnCallRecorded is not null)
        {
            app.UseMiddleware<CallRecordingMiddleware>((Action<RecordedCall>)(call => server!.Record(call, options.OnCallRecorded)));
        }

        foreach (var service in options.Services)
        {
            s_mapGrpcServiceMethod.MakeGenericMethod(service.ServiceType).Invoke(null, [app]);
        }

        await app.StartAsync();

        var testServer = app.GetTestServer();
        var channelOptions = new GrpcChannelOptions { HttpHandler = new CancellationFaithfulHandler(testServer.CreateHandler()), DisposeHttpClient = true };
        options.ConfigureChannel?.Invoke(channelOptions);
        var channel = GrpcChannel.ForAddress(testServer.BaseAddress, channelOptions);
        var invoker = options.ClientInterceptors.Count == 0
            ? channel.CreateCallInvoker()
            : channel.Intercept([.. options.ClientInterceptors]);
        server = new InProcessServer(app, channel, invoker);
        return server;
    }

    /// <summary>
    /// Creates a generated client (for example <c>UserService.UserServiceClient</c>) that calls
    /// this server through the configured client interceptors.
    /// </summary>
    /// <typeparam name="TClient">A generated client type.</typeparam>
    /// <returns>A new client.</returns>
    public TClient CreateClient<TClient>()
        where TClient : ClientBase<TClient>
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return (TClient)Activator.CreateInstance(typeof(TClient), _clientInvoker)!;
    }

    /// <summary>Forgets the calls recorded so far.</summary>
    public void ClearRecordedCalls()
    {
        lock (_recordGate)
        {
            _recordedCalls.Clear();
        }
    }

    /// <summary>Stops the server and releases the channel.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Stops the server and releases the channel, blocking until done.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static void Validate(InProcessServerOptions options)
    {
        if (options.Services.Count == 0)
        {
            throw new ArgumentException("Add at least one gRPC service to host (options.AddService<T>()).", nameof(options));
        }

        var duplicate = options.Services.GroupBy(service => service.ServiceType).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The service type {duplicate.Key.Name} was added more than once.", nameof(options));
        }

        var sameTypeInterceptors = options.ServerInterceptors.GroupBy(interceptor => interceptor.GetType()).FirstOrDefault(group => group.Count() > 1);
        if (sameTypeInterceptors is not null)
        {
            throw new ArgumentException($"Two server interceptors have the type {sameTypeInterceptors.Key.Name}; use one instance per type.", nameof(options));
        }
    }

    private static void ConfigureGrpc(IServiceCollection services, InProcessServerOptions options)
    {
        foreach (var service in options.Services.Where(service => service.Instance is not null))
        {
            services.AddSingleton(service.ServiceType, service.Instance!);
        }

        // grpc-dotnet resolves an interceptor registered in DI before creating one, so each
        // instance the lesson built is the one that runs.
        foreach (var interceptor in options.ServerInterceptors)
        {
            services.AddSingleton(interceptor.GetType(), interceptor);
        }

        services.AddGrpc(grpc =>
        {
            grpc.EnableDetailedErrors = options.EnableDetailedErrors;
            grpc.MaxSendMessageSize = options.MaxSendMessageSize;
            if (options.MaxReceiveMessageSize is { } maxReceive)
            {
                grpc.MaxReceiveMessageSize = maxReceive;
            }

            foreach (var interceptor in options.ServerInterceptors)
            {
                grpc.Interceptors.Add(interceptor.GetType());
            }
        });
    }

    private void Record(RecordedCall call, Action<RecordedCall>? onRecorded)
    {
        lock (_recordGate)
        {
            _recordedCalls.Add(call);
        }

        onRecorded?.Invoke(call);
    }
}
