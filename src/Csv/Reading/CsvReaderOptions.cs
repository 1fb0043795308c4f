using System;

namespace OneRoster.Csv
{
    /// <summary>How <see cref="CsvBundle"/> reads.</summary>
    public sealed class CsvReaderOptions
    {
        /// <summary>
        /// Receives each problem the reader meets and lets reading go on (the value that does not map is left empty; a
        /// row with the wrong number of fields is still read by position). When null (the default) the first error
        /// throws <see cref="CsvBundleException"/>; warnings are then dropped.
        /// </summary>
        public Action<CsvProblem>? OnProblem { get; set; }
    }
}
