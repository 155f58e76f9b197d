using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lab15;

/// <summary>
/// Registers the server's health checks and maps service names to them: each service name is
/// SERVING only while the checks with its tag are healthy, so the reports store being down takes
/// course.Reports out of rotation but leaves user_service.UserService serving.
/// </summary>
public static class MyHealthChecks
{
    public static void Add(IServiceCollection services, Func<bool> reportsUp)
    {
        services.AddGrpcHealthChecks(options =>
            {
                options.Services.Map("user_service.UserService", check => check.Tags.Contains("users"));
                options.Services.Map("course.Reports", check => check.Tags.Contains("reports"));
            })
            .AddCheck("user-store", () => HealthCheckResult.Healthy(), tags: ["users"])
            .AddCheck("report-store", () => reportsUp() ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the reports store is down"), tags: ["reports"]);
    }
}
