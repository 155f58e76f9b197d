using Microsoft.Extensions.Logging;

namespace GrpcTutorial.Production;

/// <summary>One log entry kept by a <see cref="LogCapture"/>.</summary>
/// <param name="Time">When it was logged.</param>
/// <param name="Category">The logger's category, for example <c>Microsoft.AspNetCore.Server.Kestrel.Http2</c>.</param>
/// <param name="Level">Its level.</param>
/// <param name="EventId">Its event id (Kestrel's HTTP/2 frame events have names such as <c>Http2FrameReceived</c>).</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception logged with it, if any.</param>
public sealed record LogEntry(DateTimeOffset Time, string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception)
{
    /// <inheritdoc />
    public override string ToString() => $"{Level} {Category}[{EventId.Name ?? EventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}]: {Message}";
}
