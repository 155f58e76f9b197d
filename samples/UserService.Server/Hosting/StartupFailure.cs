using Microsoft.Extensions.Options;
using UserService.Server.Storage;

namespace UserService.Server.Hosting;

/// <summary>Turns the ways the server can fail to start into one line for standard error.</summary>
public static class StartupFailure
{
    /// <summary>
    /// Returns one line for a known startup failure (a port in use, an unusable database file, a bad
    /// setting), or <see langword="null"/> for anything else, which then ends the process as a crash.
    /// </summary>
    /// <param name="exception">What the host threw while starting.</param>
    public static string? Describe(Exception exception) => exception switch
    {
        // Kestrel: "Failed to bind to address http://127.0.0.1:50051: address already in use."
        IOException when exception.Message.StartsWith("Failed to bind", StringComparison.Ordinal) => exception.Message,
        DatabaseStartupException => exception.Message,
        OptionsValidationException options => string.Join(" ", options.Failures),

        // The configuration binder: "Failed to convert configuration value '24h' at
        // 'UserService:IdempotencyKeyLifetime' to type 'System.TimeSpan'."
        InvalidOperationException when exception.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            exception.Message,
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0]),
        _ => null,
    };
}
