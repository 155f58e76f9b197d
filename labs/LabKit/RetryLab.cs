using Grpc.Core;
using Grpc.Net.Client.Configuration;
using GrpcTutorial.Hosting;
using UserService.Contracts;
using UserServiceGrpc = UserService.Contracts.UserService;

namespace GrpcTutorial.Labs;

/// <summary>
/// Lab 18: a retry policy in a service config. Checks the learner's <see cref="ServiceConfig"/>
/// against servers that fail the first attempts of every call: it must make GetUser succeed
/// through three UNAVAILABLE answers with as few attempts as possible, and retry nothing else.
/// </summary>
public static class RetryLab
{
    private const string Lesson = "Lesson 18 · Resilient clients";

    private static readonly LabDefinition<Func<ServiceConfig>> s_lab = new("Lab 18 · A retry policy",
    [
        new("GetUser succeeds against a server whose first 3 attempts answer UNAVAILABLE",
            "Add a MethodConfig with Names = { MethodName.Default } and a RetryPolicy: MaxAttempts, InitialBackoff, MaxBackoff, BackoffMultiplier and RetryableStatusCodes = { StatusCode.Unavailable }. Keep the backoffs short (tens of milliseconds).",
            $"{Lesson}, section \"Retries and hedging in a service config\"",
            async config =>
            {
                var (outcome, attempts) = await CallAsync(config, failures: 3, StatusCode.Unavailable);
                Expect.That(outcome == StatusCode.OK, "GetUser to succeed (OK) through 3 UNAVAILABLE answers", $"it ended with {outcome} after {attempts} attempt(s)");
            }),
        new("The policy makes at most 4 attempts: as few as the flaky server needs, no more",
            "MaxAttempts counts the first attempt too: 3 failures and 1 success are 4 attempts. A larger MaxAttempts multiplies the load on a server that is really down.",
            $"{Lesson}, section \"Retries and hedging in a service config\"",
            async config =>
            {
                var (outcome, attempts) = await CallAsync(config, failures: int.MaxValue, StatusCode.Unavailable);
                Expect.That(outcome == StatusCode.Unavailable && attempts == 4, "a server that is always UNAVAILABLE to see 4 attempts, then the caller UNAVAILABLE", $"it saw {attempts} attempt(s) and the caller got {outcome}");
            }),
        new("Only UNAVAILABLE is retried: DEADLINE_EXCEEDED and INVALID_ARGUMENT reach the caller after 1 attempt",
            "RetryableStatusCodes lists only StatusCode.Unavailable. A DEADLINE_EXCEEDED may mean the server did the work (retrying repeats it); INVALID_ARGUMENT fails the same way every time.",
            $"{Lesson}, sections \"Retries and hedging in a service config\" and \"Idempotency: when the client gives up after the server committed\"",
            async config =>
            {
                var (retried, _) = await CallAsync(config, failures: 1, StatusCode.Unavailable);
                Expect.That(retried == StatusCode.OK, "first, an UNAVAILABLE answer to be retried (step 1)", $"the call ended with {retried}");
                foreach (var code in new[] { StatusCode.DeadlineExceeded, StatusCode.InvalidArgument })
                {
                    var (outcome, attempts) = await CallAsync(config, failures: int.MaxValue, code);
                    Expect.That(outcome == code && attempts == 1, $"a {code} answer to reach the caller after 1 attempt", $"the server saw {attempts} attempt(s) and the caller got {outcome}");
                }
            }),
    ]);

    /// <summary>The names of the steps, in order (<c>"1 · title"</c>).</summary>
    public static IReadOnlyList<string> StepNames => s_lab.StepNames;

    /// <summary>Runs every step; each call goes through a new channel configured with the service config <paramref name="createConfig"/> returns.</summary>
    /// <param name="createConfig">Creates the learner's service config.</param>
    /// <returns>The per-step results.</returns>
    public static Task<LabReport> CheckAsync(Func<ServiceConfig> createConfig)
    {
        ArgumentNullException.ThrowIfNull(createConfig);
        return s_lab.RunAsync(createConfig);
    }

    private static async Task<(StatusCode Outcome, int Attempts)> CallAsync(Func<ServiceConfig> createConfig, int failures, StatusCode code)
    {
        var config = createConfig();
        Expect.That(config is not null, "ExerciseConfig() to return a service config", "it returned null");
        var service = new AttemptCountingService(failures, code);
        await using var server = await InProcessServer.StartAsync(new InProcessServerOptions
        {
            ConfigureChannel = channel => channel.ServiceConfig = config,
        }.AddService(service)).ConfigureAwait(false);
        var client = server.CreateClient<UserServiceGrpc.UserServiceClient>();
        try
        {
            await client.GetUserAsync(new GetUserRequest { UserId = 1 }, deadline: DateTime.UtcNow.AddSeconds(5));
            return (StatusCode.OK, service.Attempts);
        }
        catch (RpcException exception)
        {
            return (exception.StatusCode, service.Attempts);
        }
    }
}
