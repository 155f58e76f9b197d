using Grpc.Net.Client.Configuration;

namespace Lab18;

/// <summary>
/// The service config of the channel that calls a flaky server: its first 3 attempts of every call
/// answer UNAVAILABLE.
/// 1. GetUser succeeds through those 3 failures;
/// 2. with as few attempts as possible: at most 4;
/// 3. only UNAVAILABLE is retried (never DEADLINE_EXCEEDED, nor INVALID_ARGUMENT).
/// </summary>
public static class MyRetryConfig
{
    public static ServiceConfig Create()
    {
        // No retry policy: the first UNAVAILABLE reaches the caller.
        return new ServiceConfig();
    }
}
