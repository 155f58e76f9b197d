using Grpc.Core;
using Microsoft.Extensions.Time.Testing;
using UserService.Contracts;
using UserService.Server.Services;

namespace UserService.Server.Tests.InProcess;

/// <summary>
/// The key lifetime through the real pipeline: the <c>UserService:IdempotencyKeyLifetime</c> setting and
/// the <see cref="TimeProvider"/> registered before <see cref="UserServiceRegistration.AddUserService"/>.
/// </summary>
public sealed class IdempotencyKeyLifetimeTests
{
    [Fact]
    public async Task A_retry_within_the_configured_lifetime_is_replayed_and_one_after_it_is_ALREADY_EXISTS()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 31, 9, 0, 0, TimeSpan.Zero));
        var settings = new Dictionary<string, string?> { ["UserService:IdempotencyKeyLifetime"] = "00:30:00" };
        await using var host = await UserServiceHost.StartWithDatabaseAsync(settings, time);
        var headers = new Metadata { { UserGrpcService.IdempotencyKeyHeader, "half-hour" } };

        var first = await CreateOneAsync(host, headers);
        time.Advance(TimeSpan.FromMinutes(30));
        var replayed = await CreateOneAsync(host, headers);
        time.Advance(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<RpcException>(() => CreateOneAsync(host, headers));

        Assert.Equal((1, 1), (first.CreatedCount, replayed.CreatedCount));
        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("users[0].email: 'keyed@example.com' already exists", error.Status.Detail);
        Assert.Equal(6, await host.Repository.CountUsersAsync(CancellationToken.None));
    }

    private static async Task<CreateUsersResponse> CreateOneAsync(UserServiceHost host, Metadata headers)
    {
        using var call = host.Client.CreateUsers(headers, deadline: DateTime.UtcNow.AddSeconds(30));
        await call.RequestStream.WriteAsync(new User { Name = "Keyed", Email = "keyed@example.com", Age = 30 });
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }
}
