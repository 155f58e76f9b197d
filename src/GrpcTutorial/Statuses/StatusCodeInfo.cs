using Grpc.Core;

namespace GrpcTutorial.Statuses;

/// <summary>What one gRPC status code means and how a client should react to it.</summary>
/// <example>
/// <code>
/// StatusCodeInfo info = StatusCatalogue.Get(StatusCode.NotFound);
/// Console.WriteLine($"{info.Number} {info.Name}, HTTP {info.HttpStatus}, retry: {info.Retry}");
/// </code>
/// </example>
public sealed class StatusCodeInfo
{
    internal StatusCodeInfo(StatusCode code, string name, int httpStatus, bool libraryGenerated, RetryAdvice retry, string meaning, string retryNote)
    {
        Code = code;
        Name = name;
        HttpStatus = httpStatus;
        LibraryGenerated = libraryGenerated;
        Retry = retry;
        Meaning = meaning;
        RetryNote = retryNote;
    }

    /// <summary>The code as the .NET enum <see cref="StatusCode"/>.</summary>
    public StatusCode Code { get; }

    /// <summary>The number sent in the <c>grpc-status</c> trailer, 0 to 16.</summary>
    public int Number => (int)Code;

    /// <summary>The name as the gRPC specification spells it, e.g. <c>DEADLINE_EXCEEDED</c>.</summary>
    public string Name { get; }

    /// <summary>The HTTP status code that usually corresponds (as in the google.rpc.Code mapping), e.g. 404 for NOT_FOUND.</summary>
    public int HttpStatus { get; }

    /// <summary>
    /// True if the gRPC library itself produces this code in some situation (a deadline, a missing method,
    /// a broken connection, ...); false if only application code returns it.
    /// </summary>
    public bool LibraryGenerated { get; }

    /// <summary>Whether the call may be retried.</summary>
    public RetryAdvice Retry { get; }

    /// <summary>What the code means, in a sentence or two.</summary>
    public string Meaning { get; }

    /// <summary>A short note on retrying after this code.</summary>
    public string RetryNote { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Number} {Name}";
}
