using System.Globalization;
using OneRoster.Errors;

namespace OneRoster.Csv
{
    /// <summary>One violation of the binding: where it is (file, line, column) and which rule it breaks.</summary>
    public sealed class CsvProblem
    {
        /// <summary>Creates a problem.</summary>
        /// <param name="file">The file name inside the bundle (<c>users.csv</c>); empty for the bundle itself.</param>
        /// <param name="line">The 1-based physical line; 0 when the problem is not on a line (a missing file).</param>
        /// <param name="column">The header of the column; null when the problem is not about one column.</param>
        /// <param name="columnNumber">The 1-based position of the column; 0 when not about one column.</param>
        /// <param name="rule">The rule id, one of <see cref="CsvRules"/>.</param>
        /// <param name="message">What is wrong, for people.</param>
        /// <param name="severity">Error or warning.</param>
        public CsvProblem(string file, int line, string? column, int columnNumber, string rule, string message, CsvProblemSeverity severity = CsvProblemSeverity.Error)
        {
            File = file;
            Line = line;
            Column = column;
            ColumnNumber = columnNumber;
            Rule = rule;
            Message = message;
            Severity = severity;
        }

        /// <summary>The file name inside the bundle; empty for the bundle itself.</summary>
        public string File { get; }

        /// <summary>The 1-based physical line (the header is line 1); 0 when the problem is not on a line.</summary>
        public int Line { get; }

        /// <summary>The header of the column; null when the problem is not about one column.</summary>
        public string? Column { get; }

        /// <summary>The 1-based position of the column in the file's header; 0 when not about one column.</summary>
        public int ColumnNumber { get; }

        /// <summary>The rule id (<see cref="CsvRules"/>).</summary>
        public string Rule { get; }

        /// <summary>What is wrong. Values of credential columns (<c>password</c>) are never quoted.</summary>
        public string Message { get; }

        /// <summary>Error or warning.</summary>
        public CsvProblemSeverity Severity { get; }

        /// <summary><c>users.csv:12:4 (enabledUser) value.boolean: ...</c></summary>
        public override string ToString()
        {
            var where = File.Length == 0 ? "bundle" : File;
            if (Line > 0)
            {
                where += ":" + Line.ToString(CultureInfo.InvariantCulture);
                if (ColumnNumber > 0)
                {
                    where += ":" + ColumnNumber.ToString(CultureInfo.InvariantCulture);
                }
            }
            var column = Column is null ? string.Empty : " (" + Column + ")";
            var severity = Severity == CsvProblemSeverity.Warning ? " warning" : string.Empty;
            return $"{where}{column}{severity} {Rule}: {Message}";
        }
    }
}
