namespace GrpcTutorial.Hosting;

/// <summary>A gRPC service that an <see cref="InProcessServer"/> hosts.</summary>
/// <param name="ServiceType">The service implementation type.</param>
/// <param name="Instance">The shared instance that serves every call, or <see langword="null"/> for one instance per call.</param>
/// <example>
/// <code>
/// var options = new InProcessServerOptions().AddService(new UserServiceImpl());
/// HostedService hosted = options.Services.Single();   // one shared instance serves every call
/// </code>
/// </example>
public sealed record HostedService(Type ServiceType, object? Instance);
