using Grpc.Core;

namespace UserService.Client.Output;

/// <summary>
/// Reports a failure as ONE line on standard error, for example <c>error: NOT_FOUND: User 42 not found</c>.
/// One line per failure keeps the output readable and easy to check in scripts.
/// </summary>
internal static class StatusReporter
{
    /// <summary>Reports the status of a failed call: <c>error: CODE: detail</c>.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="address">The server address, added to failures that the client found itself.</param>
    /// <param name="advice">What the user can do about it, added in parentheses at the end of the line.</param>
    public static void ReportRpcError(RpcException exception, Uri? address = null, string? advice = null)
    {
        var code = StatusCodeNames.ToGrpcName(exception.StatusCode);
        var detail = ToOneLine(exception.Status.Detail);

        // Failures found by the client itself (no connection, for example) carry the exception that caused
        // them: its innermost message ("Connection refused") and the address tell what went wrong.
        if (exception.Status.DebugException is { } cause)
        {
            var rootCause = ToOneLine(cause.GetBaseException().Message);
            if (!detail.Contains(rootCause, StringComparison.Ordinal))
            {
                detail = rootCause.EndsWith('.') ? $"{detail} {rootCause}" : $"{detail} {rootCause}.";
            }

            if (address is not null)
            {
                detail = $"{detail} (address {address})";
            }
        }

        var line = detail.Length == 0 ? $"error: {code}" : $"error: {code}: {detail}";
        Console.Error.WriteLine(advice is null ? line : $"{line} ({ToOneLine(advice)})");
    }

    /// <summary>Reports a usage error (bad arguments, unreadable input file): <c>error: message</c>.</summary>
    public static void ReportUsageError(string message) =>
        Console.Error.WriteLine($"error: {ToOneLine(message)}");

    private static string ToOneLine(string text) =>
        ConsoleText.Escape(string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
}
