using Grpc.Core;
using Grpc.Net.Client.Configuration;

namespace Lab18;

/// <summary>
/// Retries every method of the channel on UNAVAILABLE only, up to 4 attempts in all (the first
/// and 3 retries), with short exponential backoff: enough for a server whose first 3 attempts fail.
/// </summary>
public static class MyRetryConfig
{
    public static ServiceConfig Create() => new()
    {
        MethodConfigs =
        {
            new MethodConfig
            {
                Names = { MethodName.Default },
                RetryPolicy = new RetryPolicy
                {
                    MaxAttempts = 4,
                    InitialBackoff = TimeSpan.FromMilliseconds(20),
                    MaxBackoff = TimeSpan.FromMilliseconds(100),
                    BackoffMultiplier = 2,
                    RetryableStatusCodes = { StatusCode.Unavailable },
                },
            },
        },
    };
}
