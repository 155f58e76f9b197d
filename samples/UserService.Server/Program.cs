using UserService.Server;
using UserService.Server.Services;
using UserService.Server.Storage;

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
    && string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.HttpsPortsKey]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:50051");
}

builder.Services.AddUserService(builder.Configuration);
builder.Services.AddGrpcReflection();
builder.Services.AddGrpcHealthChecks().AddCheck<DatabaseHealthCheck>("database");

// On Ctrl+C, running calls get this long to finish; streams end early with UNAVAILABLE.
builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(10));

var app = builder.Build();
app.MapGrpcService<UserGrpcService>();
app.MapGrpcReflectionService();
app.MapGrpcHealthChecksService();
app.MapGet("/", () => "UserService speaks gRPC over HTTP/2 (h2c). See samples/UserService.Server/README.md.");

app.Run();
