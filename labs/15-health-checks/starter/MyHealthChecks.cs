using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lab15;

/// <summary>
/// Registers the server's health checks and maps service names to them (the server calls
/// AddGrpc before, and maps the grpc.health.v1 service after). A reports part has its own store:
/// 1. the service name "course.Reports" is mapped to the checks tagged "reports";
/// 2. a check named "report-store", tagged "reports", is healthy while reportsUp() is true, unhealthy otherwise;
/// 3. the reports store being down leaves "user_service.UserService" SERVING.
/// </summary>
public static class MyHealthChecks
{
    public static void Add(IServiceCollection services, Func<bool> reportsUp)
    {
        // Knows only the user service so far.
        services.AddGrpcHealthChecks(options =>
                options.Services.Map("user_service.UserService", check => check.Tags.Contains("users")))
            .AddCheck("user-store", () => HealthCheckResult.Healthy(), tags: ["users"]);
    }
}
