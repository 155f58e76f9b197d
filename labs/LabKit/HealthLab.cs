using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 15: health statuses per service. Checks the learner's health-check registration on an
/// in-process server that maps the standard grpc.health.v1 service: <c>course.Reports</c> follows
/// the reports store, <c>user_service.UserService</c> stays serving when only the reports store is down.
/// </summary>
public static class HealthLab
{
    /// <summary>The health service name of the user service.</summary>
    public const string UserServiceName = "user_service.UserService";

    /// <summary>The health service name of the reports part.</summary>
    public const string ReportsServiceName = "course.Reports";

    private const string NotMapped = "NOT_FOUND (no service of that name is mapped)";

    private const string Lesson = "Lesson 15 · Hosting for real";

    private static readonly LabDefinition<Action<IServiceCollection, Func<bool>>> s_lab = new("Lab 15 · Health statuses per service",
    [
        new("The health service knows course.Reports (no NOT_FOUND)",
            "In AddGrpcHealthChecks(options => ...), map the name too: options.Services.Map(\"course.Reports\", check => check.Tags.Contains(\"reports\")). A name that is not mapped answers NOT_FOUND.",
            $"{Lesson}, section \"Health checks: grpc.health.v1\"",
            async configure =>
            {
                await using var host = await StartAsync(configure, reportsUp: true);
                var status = await CheckAsync(host, ReportsServiceName);
                Expect.That(status != NotMapped, $"Check(\"{ReportsServiceName}\") to answer a serving status", $"it answered {status}");
            }),
        new("course.Reports is SERVING while the reports store is up and NOT_SERVING while it is down",
            "Register a check named \"report-store\" with tags: [\"reports\"] that returns HealthCheckResult.Healthy() when reportsUp() is true and HealthCheckResult.Unhealthy() otherwise. Call reportsUp() inside the check, on every run, not once at registration.",
            $"{Lesson}, section \"Health checks: grpc.health.v1\"",
            async configure =>
            {
                var up = true;
                await using var host = await StartAsync(configure, () => up);
                await ExpectStatusAsync(host, ReportsServiceName, "Serving", "with the reports store up");
                up = false;
                await ExpectStatusAsync(host, ReportsServiceName, "NotServing", "with the reports store down");
            }),
        new("The reports store being down does not take user_service.UserService out of rotation",
            "Keep the user service's mapping to the checks tagged \"users\" only: a predicate that also matches \"reports\" (or no predicate at all) makes the user service NOT_SERVING whenever the reports store is down.",
            $"{Lesson}, sections \"Health checks: grpc.health.v1\" and \"Exercise\"",
            async configure =>
            {
                await using var host = await StartAsync(configure, reportsUp: false);
                await ExpectStatusAsync(host, ReportsServiceName, "NotServing", "with the reports store down (step 2 first)");
                await ExpectStatusAsync(host, UserServiceName, "Serving", "with the reports store down");
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>
    /// Runs every step; each starts a server whose services <paramref name="addHealthChecks"/> registers
    /// (after <c>AddGrpc</c>), and which maps the gRPC health service.
    /// </summary>
    /// <param name="addHealthChecks">Registers the learner's health checks; its second argument tells whether the reports store is up.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(Action<IServiceCollection, Func<bool>> addHealthChecks)
    {
        ArgumentNullException.ThrowIfNull(addHealthChecks);
        return s_lab.RunAsync(addHealthChecks);
    }

    private static Task<LabWebHost> StartAsync(Action<IServiceCollection, Func<bool>> configure, bool reportsUp) =>
        StartAsync(configure, () => reportsUp);

    private static Task<LabWebHost> StartAsync(Action<IServiceCollection, Func<bool>> configure, Func<bool> reportsUp) =>
        LabWebHost.StartAsync(services => configure(services, reportsUp), app => app.MapGrpcHealthChecksService());

    private static async Task ExpectStatusAsync(LabWebHost host, string service, string expected, string when)
    {
        var status = await CheckAsync(host, service);
        Expect.That(status == expected, $"Check(\"{service}\") {when} to answer {expected}", $"it answered {status}");
    }

    /// <summary>The serving status the health service answers for <paramref name="service"/>, by name (for example "Serving"), or <see cref="NotMapped"/>.</summary>
    private static async Task<string> CheckAsync(LabWebHost host, string service)
    {
        try
        {
            var reply = await new Health.HealthClient(host.Channel).CheckAsync(new HealthCheckRequest { Service = service });
            return reply.Status.ToString();
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.NotFound)
        {
            return NotMapped;
        }
    }
}
