using UserService.Server;
using UserService.Server.Services;
using UserService.Server.Storage;

var builder = WebApplication.CreateBuilder(args);

// The address (http://127.0.0.1:50051, HTTP/2 without TLS) and the database path are in appsettings.json.
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
