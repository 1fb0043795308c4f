using System;

namespace OneRoster.Cli.Output
{
    /// <summary>Reports on the reporting thread, in order (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    internal sealed class DirectProgress<T> : IProgress<T>
    {
        private readonly Action<T> _report;

        public DirectProgress(Action<T> report) => _report = report;

        public void Report(T value) => _report(value);
    }
}
