using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace UserService.Server.Storage;

/// <summary>
/// Reports the server healthy only while the database answers. The gRPC health service
/// (grpc.health.v1.Health) reports NOT_SERVING when this check fails.
/// </summary>
public sealed class DatabaseHealthCheck : IHealthCheck
{
    private readonly IUserRepository _repository;

    /// <summary>Creates the check.</summary>
    /// <param name="repository">The repository to query.</param>
    public DatabaseHealthCheck(IUserRepository repository) => _repository = repository;

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await _repository.CountUsersAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{count} users");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The user database does not answer.", ex);
        }
    }
}
