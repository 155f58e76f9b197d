using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GrpcTutorial.Production;

/// <summary>
/// A logger provider that keeps the log entries of chosen categories in memory, so a lesson can
/// print what a server logged (for example the HTTP/2 frames Kestrel receives).
/// </summary>
/// <param name="categoryPrefix">Only categories that start with this text are kept; empty keeps all.</param>
/// <param name="minimumLevel">The lowest level kept.</param>
public sealed class LogCapture(string categoryPrefix = "", LogLevel minimumLevel = LogLevel.Information) : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    /// <summary>The lowest level kept.</summary>
    public LogLevel MinimumLevel { get; } = minimumLevel;

    /// <summary>Only categories that start with this text are kept.</summary>
    public string CategoryPrefix { get; } = categoryPrefix;

    /// <summary>The entries kept so far, oldest first.</summary>
    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>Forgets the entries kept so far.</summary>
    public void Clear() => _entries.Clear();

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private bool IsEnabled(string category, LogLevel level) =>
        level != LogLevel.None && level >= MinimumLevel && category.StartsWith(CategoryPrefix, StringComparison.Ordinal);

    private sealed class CapturingLogger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => owner.IsEnabled(category, logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner._entries.Enqueue(new LogEntry(DateTimeOffset.UtcNow, category, logLevel, eventId, formatter(state, exception), exception));
            }
        }
    }
}
