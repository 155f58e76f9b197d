using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using UserService.Server;
using UserService.Server.Configuration;
using UserService.Server.Hosting;
using UserService.Server.Services;
using UserService.Server.Storage;

if (ServerCommandLine.IsHelp(args))
{
    Console.WriteLine(ServerCommandLine.HelpText);
    return 0;
}

if (ServerCommandLine.FindError(args) is { } usageError)
{
    Console.Error.WriteLine($"error: {usageError}");
    return ServerCommandLine.UsageError;
}

try
{
    // The content root holds appsettings.json. Under `dotnet run` it is the project folder (the current
    // folder); started from elsewhere (`dotnet path/to/UserService.Server.dll`), it is the folder the
    // server was built into, which has a copy, so the address and HTTP/2 settings apply either way.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        ContentRootPath = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory,
    });

    // The default address, unless one is given the usual ASP.NET Core ways (--urls, URLS, ASPNETCORE_URLS,
    // ASPNETCORE_HTTP_PORTS, or Kestrel endpoints in configuration). appsettings.json makes every endpoint
    // HTTP/2 only, so plain http:// addresses speak h2c, and holds the database path.
    if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])
        && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpPortsKey])
        && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpsPortsKey])
        && !builder.Configuration.GetSection("Kestrel:Endpoints").GetChildren().Any())
    {
        builder.WebHost.UseUrls("http://127.0.0.1:50051");
    }

    builder.Services.AddUserService(builder.Configuration);
    builder.Services.AddGrpcReflection();
    builder.Services.AddGrpcHealthChecks(options =>
        {
            // Clients may ask for the whole server ("") or for the service by its full name.
            options.Services.Map("", _ => true);
            options.Services.Map("user_service.UserService", _ => true);
        })
        .AddCheck<DatabaseHealthCheck>("database");

    // On Ctrl+C, running calls get this long to finish; streams end early with UNAVAILABLE.
    builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(10));

    var app = builder.Build();
    var settings = app.Services.GetRequiredService<IOptions<UserServiceOptions>>().Value;
    app.MapGrpcService<UserGrpcService>();
    if (settings.EnableReflection ?? app.Environment.IsDevelopment())
    {
        app.MapGrpcReflectionService();
    }

    app.MapGrpcHealthChecksService();
    app.MapGet("/", () => "UserService speaks gRPC over HTTP/2. See samples/UserService.Server/README.md.");

    // Creates the database before Kestrel binds, so that an unusable file is reported in one line.
    await app.Services.GetRequiredService<IUserRepository>().InitializeAsync(CancellationToken.None);
    await app.StartAsync();

    // Writes without a key are refused on non-loopback connections anyway (WriteAccessInterceptor);
    // a server that listens beyond loopback without a key is a configuration mistake: stop at once.
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    var exposed = addresses.FirstOrDefault(address => !ListeningAddresses.IsLoopback(address));
    if (exposed is not null && string.IsNullOrEmpty(settings.ApiKey))
    {
        await app.StopAsync();
        Console.Error.WriteLine(
            $"error: the server listens on {exposed}, beyond loopback: set {UserServiceOptions.SectionName}:{nameof(UserServiceOptions.ApiKey)} (see README.md).");
        return ServerCommandLine.StartupFailed;
    }

    await app.WaitForShutdownAsync();
    return 0;
}
catch (Exception exception) when (StartupFailure.Describe(exception) is { } line)
{
    Console.Error.WriteLine($"error: {line}");
    return ServerCommandLine.StartupFailed;
}
