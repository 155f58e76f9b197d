using Grpc.Core;

namespace GrpcTutorial.Labs;

/// <summary>The assertions checks use: each throws <see cref="CheckFailedException"/> with learner-facing text.</summary>
internal static class Expect
{
    public static void That(bool condition, string expected, string actual)
    {
        if (!condition)
        {
            throw new CheckFailedException(expected, actual);
        }
    }

    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new CheckFailedException($"{what} to be {expected}", $"it was {Show(actual)}");
        }
    }

    /// <summary>Runs a call that should fail with <paramref name="code"/>, and returns its status.</summary>
    public static async Task<Status> StatusAsync(StatusCode code, string call, Func<Task> run)
    {
        try
        {
            await run().ConfigureAwait(false);
        }
        catch (RpcException exception) when (exception.StatusCode == code)
        {
            return exception.Status;
        }
        catch (RpcException exception)
        {
            throw new CheckFailedException($"{call} to fail with status {code}", $"it failed with {Describe.Status(exception.Status)}");
        }

        throw new CheckFailedException($"{call} to fail with status {code}", "the call succeeded");
    }

    private static string Show<T>(T value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        _ => value.ToString() ?? "null",
    };
}
