using System;

namespace OneRoster.Csv.Reading
{
    /// <summary>Where problems go: to a handler, or (without one) an error throws and a warning is dropped.</summary>
    internal sealed class ProblemSink
    {
        private readonly Action<CsvProblem>? _handler;

        public ProblemSink(Action<CsvProblem>? handler) => _handler = handler;

        public long Errors { get; private set; }

        public void Report(CsvProblem problem)
        {
            if (problem.Severity == CsvProblemSeverity.Error)
            {
                Errors++;
                if (_handler is null)
                {
                    throw new CsvBundleException(problem);
                }
            }
            _handler?.Invoke(problem);
        }

        public void Report(string file, int line, string? column, int columnNumber, string rule, string message, CsvProblemSeverity severity = CsvProblemSeverity.Error) =>
            Report(new CsvProblem(file, line, column, columnNumber, rule, message, severity));
    }
}
