using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using UserService.Server.Chat;
using UserService.Server.Configuration;
using UserService.Server.Interceptors;
using UserService.Server.Storage;

namespace UserService.Server;

/// <summary>Registers everything <see cref="Services.UserGrpcService"/> needs.</summary>
public static class UserServiceRegistration
{
    /// <summary>
    /// Adds gRPC (with <see cref="ExceptionInterceptor"/>, <see cref="WriteAccessInterceptor"/> and
    /// detailed errors off), the <see cref="UserServiceOptions"/> (checked at startup), the SQLite
    /// repository (unless an <see cref="IUserRepository"/> is already registered, as tests do) with
    /// its clock (<see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is already
    /// registered), the chat room and the database initializer.
    /// </summary>
    /// <param name="configuration">The configuration to read the <c>Database</c> and <c>UserService</c> sections from; null keeps the defaults.</param>
    public static IServiceCollection AddUserService(this IServiceCollection services, IConfiguration? configuration = null)
    {
        services.AddGrpc(options =>
        {
            options.EnableDetailedErrors = false;
            options.Interceptors.Add<ExceptionInterceptor>();
            options.Interceptors.Add<WriteAccessInterceptor>();
        });

        var limits = services.AddOptions<UserServiceOptions>();
        if (configuration is not null)
        {
            limits.Bind(configuration.GetSection(UserServiceOptions.SectionName));
        }

        limits.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UserServiceOptions>, UserServiceOptionsValidator>());

        var database = services.AddOptions<DatabaseOptions>();
        if (configuration is not null)
        {
            database.Bind(configuration.GetSection(DatabaseOptions.SectionName));
        }

        // The clock of the idempotency keys; tests register a FakeTimeProvider first.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IUserRepository>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var settings = provider.GetRequiredService<IOptions<UserServiceOptions>>().Value;
            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            return new SqliteUserRepository(
                Path.Combine(contentRoot, options.Path), provider.GetRequiredService<TimeProvider>(), settings.IdempotencyKeyLifetime);
        });
        services.TryAddSingleton(_ => new ChatRoom());
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
