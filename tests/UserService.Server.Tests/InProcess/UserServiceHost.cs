using GrpcTutorial.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UserService.Server.Services;
using UserService.Server.Storage;
using UserService.Server.Tests.Fakes;
using UserServiceClient = UserService.Contracts.UserService.UserServiceClient;

namespace UserService.Server.Tests.InProcess;

/// <summary>
/// The real <see cref="UserGrpcService"/>, registered with <see cref="UserServiceRegistration.AddUserService"/>,
/// running in the tutorial's in-process host: either on a temporary SQLite database (configured
/// through <c>Database:Path</c>) or on a fake repository.
/// </summary>
public sealed class UserServiceHost : IAsyncDisposable
{
    private readonly TempDatabase? _database;

    private UserServiceHost(InProcessServer server, TempDatabase? database)
    {
        Server = server;
        _database = database;
        Client = server.CreateClient<UserServiceClient>();
    }

    public InProcessServer Server { get; }

    public UserServiceClient Client { get; }

    public IUserRepository Repository => Server.Services.GetRequiredService<IUserRepository>();

    /// <summary>Starts the service on a new temporary SQLite database, created and seeded by the server at startup.</summary>
    /// <param name="settings">More configuration, for example <c>UserService:ApiKey</c>.</param>
    /// <param name="timeProvider">The clock the server gets instead of the system's, for example a FakeTimeProvider.</param>
    public static async Task<UserServiceHost> StartWithDatabaseAsync(
        IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? timeProvider = null)
    {
        var database = TempDatabase.Create();
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Database:Path"] = database.Path };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new InProcessServerOptions
        {
            ConfigureServices = services =>
            {
                if (timeProvider is not null)
                {
                    services.AddSingleton(timeProvider);
                }

                services.AddUserService(configuration);
            },
        }.AddService<UserGrpcService>();
        return new UserServiceHost(await InProcessServer.StartAsync(options), database);
    }

    /// <summary>Starts the service on the given repository; <paramref name="configure"/> may add interceptors.</summary>
    public static async Task<UserServiceHost> StartWithRepositoryAsync(IUserRepository repository, Action<InProcessServerOptions>? configure = null)
    {
        var options = new InProcessServerOptions
        {
            ConfigureServices = services =>
            {
                services.AddSingleton(repository);
                services.AddUserService();
            },
        }.AddService<UserGrpcService>();
        configure?.Invoke(options);
        return new UserServiceHost(await InProcessServer.StartAsync(options), database: null);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
