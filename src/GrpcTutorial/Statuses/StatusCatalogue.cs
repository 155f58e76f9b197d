using Grpc.Core;
using GrpcTutorial.Presentation;

namespace GrpcTutorial.Statuses;

/// <summary>
/// The 17 gRPC status codes with their meaning, usual HTTP equivalent, whether the library generates
/// them and whether a retry makes sense.
/// </summary>
/// <example>
/// <code>
/// var info = StatusCatalogue.Get(StatusCode.Unavailable);
/// Console.WriteLine($"{info.Name}: {info.Meaning} Retry: {info.Retry}");
/// StatusCatalogue.ToTable()   // as a notebook cell's value: the table of all 17 codes
/// </code>
/// </example>
public static class StatusCatalogue
{
    /// <summary>Every status code, ordered by number from OK (0) to UNAUTHENTICATED (16).</summary>
    public static IReadOnlyList<StatusCodeInfo> All { get; } =
    [
        new(StatusCode.OK, "OK", 200, true, RetryAdvice.No,
            "The call succeeded. It is the only code that does not signal an error.",
            "Nothing to retry."),
        new(StatusCode.Cancelled, "CANCELLED", 499, true, RetryAdvice.No,
            "The call was stopped before it finished, nearly always because the client cancelled it or went away.",
            "Someone chose to stop the call; repeating it would override that choice."),
        new(StatusCode.Unknown, "UNKNOWN", 500, true, RetryAdvice.No,
            "Something failed and no more precise code fits. A server also sends it when a handler throws an ordinary exception.",
            "The cause is unclear, so the same call may fail the same way."),
        new(StatusCode.InvalidArgument, "INVALID_ARGUMENT", 400, false, RetryAdvice.No,
            "The request itself is wrong, for example a missing or malformed field, whatever state the server is in.",
            "The same request fails again; fix it first."),
        new(StatusCode.DeadlineExceeded, "DEADLINE_EXCEEDED", 504, true, RetryAdvice.IdempotentOnly,
            "The deadline passed before the response arrived. The server may still have done the work.",
            "Repeat only calls that are harmless to run twice, and consider a longer deadline."),
        new(StatusCode.NotFound, "NOT_FOUND", 404, false, RetryAdvice.No,
            "The thing the request names, such as a user id, does not exist.",
            "The answer stays the same until the item exists."),
        new(StatusCode.AlreadyExists, "ALREADY_EXISTS", 409, false, RetryAdvice.No,
            "The request tried to create something that is already there.",
            "It is already there: read it instead of creating it again."),
        new(StatusCode.PermissionDenied, "PERMISSION_DENIED", 403, true, RetryAdvice.No,
            "The caller is identified but not allowed to do this. A caller with no valid identity gets UNAUTHENTICATED instead. A client also reports it for an HTTP 403 response that carries no grpc-status.",
            "Retrying does not grant permission."),
        new(StatusCode.ResourceExhausted, "RESOURCE_EXHAUSTED", 429, true, RetryAdvice.WithBackoff,
            "A limit was reached: a quota, a rate limit, memory, or a message larger than the allowed size.",
            "Wait and retry with growing delays; a message that is too large never fits, however long you wait."),
        new(StatusCode.FailedPrecondition, "FAILED_PRECONDITION", 400, false, RetryAdvice.No,
            "The system is not in a state that allows the operation, for example deleting a folder that is not empty.",
            "Change the state first; until then the same call fails again."),
        new(StatusCode.Aborted, "ABORTED", 409, false, RetryAdvice.WithBackoff,
            "The operation lost a race with another one, such as a conflicting transaction or a failed compare-and-set.",
            "Retry the whole operation at a higher level (read again, then write), with backoff."),
        new(StatusCode.OutOfRange, "OUT_OF_RANGE", 400, false, RetryAdvice.No,
            "The request went past the valid range, such as reading beyond the end of a file. Unlike INVALID_ARGUMENT it could succeed once the data grows.",
            "The same request stays out of range."),
        new(StatusCode.Unimplemented, "UNIMPLEMENTED", 501, true, RetryAdvice.No,
            "The server does not offer this method or option, often because client and server use different versions of the contract.",
            "The method does not appear by retrying."),
        new(StatusCode.Internal, "INTERNAL", 500, true, RetryAdvice.No,
            "Something the system relies on is broken: a bug, a protocol violation or a message that cannot be parsed.",
            "Report it rather than retrying."),
        new(StatusCode.Unavailable, "UNAVAILABLE", 503, true, RetryAdvice.Safe,
            "The server cannot be reached or is not accepting calls right now, usually a passing condition such as a restart or a network drop.",
            "The typical transient error: retry with exponential backoff. If the connection broke mid-call, a non-idempotent request may already have run."),
        new(StatusCode.DataLoss, "DATA_LOSS", 500, false, RetryAdvice.No,
            "Data was lost or corrupted and cannot be recovered.",
            "Lost data does not come back by retrying."),
        new(StatusCode.Unauthenticated, "UNAUTHENTICATED", 401, true, RetryAdvice.No,
            "The call has no valid credentials, so the server cannot tell who is calling.",
            "Get or refresh credentials first, then call again."),
    ];

    /// <summary>Looks up one status code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Its description.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of the 17 defined codes.</exception>
    public static StatusCodeInfo Get(StatusCode code) => Get((int)code);

    /// <summary>Looks up one status code by its number, as sent in the <c>grpc-status</c> trailer.</summary>
    /// <param name="number">0 to 16.</param>
    /// <returns>Its description.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is not between 0 and 16.</exception>
    public static StatusCodeInfo Get(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(number, All.Count);
        return All[number];
    }

    /// <summary>The catalogue as a table: one row per code with its HTTP equivalent, origin, retry advice and meaning.</summary>
    /// <returns>A new table; as a notebook cell's value it shows as HTML.</returns>
    public static HtmlTable ToTable()
    {
        var table = new HtmlTable("Code", "Name", "HTTP", "Generated by the library", "Retry", "Meaning");
        foreach (var info in All)
        {
            table.AddRow(info.Number, info.Name, info.HttpStatus, info.LibraryGenerated ? "yes" : "no", $"{info.Retry}: {info.RetryNote}", info.Meaning);
        }

        return table;
    }

    /// <summary>Renders <see cref="ToTable"/> as aligned plain text.</summary>
    /// <returns>A header line, a separator and one line per code.</returns>
    public static string ToText() => ToTable().ToString();

    /// <summary>Renders <see cref="ToTable"/> as an HTML table with every text HTML-encoded.</summary>
    /// <returns>The HTML fragment.</returns>
    public static string ToHtml() => ToTable().ToHtml();
}
