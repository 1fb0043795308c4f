using System;
using System.IO;
using Microsoft.Extensions.Logging;

namespace OneRoster.Cli.Hosting
{
    /// <summary>
    /// <c>--verbose</c>: the client's own Debug lines (one per HTTP attempt, with request id and time, and one per
    /// token fetch) on stderr. The client never puts a header, body or token into a log message, so neither does this.
    /// </summary>
    internal sealed class VerboseLog : ILoggerFactory, ILogger
    {
        private readonly TextWriter _error;
        private readonly object _gate = new();

        public VerboseLog(TextWriter error) => _error = error;

        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            lock (_gate)
            {
                _error.WriteLine("verbose: " + formatter(state, null));
            }
        }

        public void Dispose()
        {
        }
    }
}
