using System;
using System.Collections.Generic;

namespace OneRoster.Csv
{
    /// <summary>What <see cref="OneRosterClientCsvExtensions.ExportCsvAsync"/> exports and how.</summary>
    public sealed class CsvExportOptions
    {
        /// <summary>
        /// The files to export, each from its collection (orgs.csv from <c>client.Orgs</c>, ...); by default every file with
        /// a REST collection of its own. Association files come with their owners (roles.csv with users.csv, see
        /// <see cref="CsvWriterOptions.WriteAssociations"/>) and cannot be listed here.
        /// </summary>
        public IList<CsvFile> Files { get; } = new List<CsvFile>(OneRosterClientCsvExtensions.ExportableFiles);

        /// <summary>
        /// Export only records changed after this instant (<c>dateLastModified&gt;'…'</c> on every collection), into a
        /// delta bundle. Requires <see cref="CsvWriterOptions.Mode"/> <see cref="CsvFileMode.Delta"/> in <see cref="Writer"/>.
        /// </summary>
        public DateTimeOffset? ChangedSince { get; set; }

        /// <summary>How often progress is reported: every this many records of a file (default 1,000), and at each file's end.</summary>
        public int ProgressInterval { get; set; } = 1000;

        /// <summary>How the bundle is written: bulk or delta, manifest source, extension columns, line endings.</summary>
        public CsvWriterOptions Writer { get; } = new();
    }
}
