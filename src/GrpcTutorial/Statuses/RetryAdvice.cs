namespace GrpcTutorial.Statuses;

/// <summary>Whether a client may simply repeat a call that failed with a given status code.</summary>
/// <example>
/// <code>
/// var retryable = StatusCatalogue.All.Where(info => info.Retry == RetryAdvice.Safe).Select(info => info.Name);
/// </code>
/// </example>
public enum RetryAdvice
{
    /// <summary>Do not retry the same call: it would fail the same way, or the failure needs a fix first.</summary>
    No,

    /// <summary>Retrying is the expected reaction (with exponential backoff).</summary>
    Safe,

    /// <summary>Retry only calls that do no harm when they run twice: the first attempt may have completed.</summary>
    IdempotentOnly,

    /// <summary>Retry after waiting, with backoff, or redo the larger operation the call belongs to.</summary>
    WithBackoff,
}
