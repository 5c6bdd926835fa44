using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MndCare.Testing;

/// <summary>A logger provider that keeps every event, for tests about what the application logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> _events = new();

    /// <summary>The events logged so far.</summary>
    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Events => [.. _events];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _events);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string, string)> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            events.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}
