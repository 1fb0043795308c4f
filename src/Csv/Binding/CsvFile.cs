using System;
using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Csv
{
    /// <summary>
    /// One data file of the binding (<c>users.csv</c>, <c>roles.csv</c>, ...): its name, its manifest row, its columns in
    /// order, and the record type its rows map to. The instances are in <see cref="CsvFiles"/>.
    /// </summary>
    public abstract class CsvFile
    {
        private protected CsvFile(string baseName, Type recordType, CsvVersion since)
        {
            Name = baseName + ".csv";
            ManifestProperty = "file." + baseName;
            RecordType = recordType;
            Since = since;
        }

        /// <summary>The file name inside a bundle, e.g. <c>users.csv</c> (case-sensitive).</summary>
        public string Name { get; }

        /// <summary>The manifest property that declares the file, e.g. <c>file.users</c>.</summary>
        public string ManifestProperty { get; }

        /// <summary>The type each row maps to: a generated DTO (<c>User</c>) or, for association files, a <c>Csv…</c> record.</summary>
        public Type RecordType { get; }

        /// <summary>The first binding version that has this file.</summary>
        public CsvVersion Since { get; }

        /// <summary>The columns of the 1.2.1 binding, in order.</summary>
        public IReadOnlyList<CsvColumn> Columns => ColumnsFor(CsvVersion.V1_2)!;

        /// <summary>The columns of a binding version in order, or null when that version has no such file.</summary>
        public abstract IReadOnlyList<CsvColumn>? ColumnsFor(CsvVersion version);

        /// <summary>The header line of a version, e.g. <c>sourcedId,status,dateLastModified,...</c>; null when the version has no such file.</summary>
        public string? HeaderLine(CsvVersion version = CsvVersion.V1_2) =>
            ColumnsFor(version) is { } columns ? string.Join(",", columns.Select(c => c.Header)) : null;

        /// <summary>The header layouts a reader accepts for a version, the normative one first; empty when the version lacks the file.</summary>
        internal abstract IReadOnlyList<IReadOnlyList<CsvColumn>> Layouts(CsvVersion version);

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
