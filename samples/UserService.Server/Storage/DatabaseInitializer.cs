namespace UserService.Server.Storage;

/// <summary>Creates the database (schema and seed users) when the server starts, before it takes calls.</summary>
public sealed class DatabaseInitializer : IHostedService
{
    private readonly IUserRepository _repository;
    private readonly ILogger<DatabaseInitializer> _logger;

    /// <summary>Creates the initializer.</summary>
    /// <param name="repository">The repository to initialize.</param>
    public DatabaseInitializer(IUserRepository repository, ILogger<DatabaseInitializer> logger)
    {
        _repository = repository;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _repository.InitializeAsync(cancellationToken);
        var count = await _repository.CountUsersAsync(cancellationToken);
        var location = _repository is SqliteUserRepository sqlite ? sqlite.DatabasePath : _repository.GetType().Name;
        _logger.LogInformation("User database {Location} ready with {Count} users", location, count);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
