using System;
using System.Collections.Generic;

namespace OneRoster.Csv
{
    /// <summary>What an export wrote.</summary>
    public sealed class CsvExportResult
    {
        internal CsvExportResult(string path, IReadOnlyDictionary<string, long> rows, TimeSpan elapsed)
        {
            Path = path;
            Rows = rows;
            Elapsed = elapsed;
        }

        /// <summary>The bundle.</summary>
        public string Path { get; }

        /// <summary>Rows per file name, association files included; files with 0 rows are absent from the bundle.</summary>
        public IReadOnlyDictionary<string, long> Rows { get; }

        /// <summary>How long the export took.</summary>
        public TimeSpan Elapsed { get; }
    }
}
