using System;
using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Csv
{
    /// <summary>A bundle's <c>manifest.csv</c>: the versions, how each file is carried, and the producing system.</summary>
    public sealed class CsvManifest
    {
        internal CsvManifest(IReadOnlyList<KeyValuePair<string, string>> properties, CsvVersion version)
        {
            Properties = properties;
            Version = version;
        }

        /// <summary>The manifest's rows in order, as written.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Properties { get; }

        /// <summary>The binding version the bundle follows (from <c>oneroster.version</c>; 1.2 when it is missing or unknown).</summary>
        public CsvVersion Version { get; }

        /// <summary><c>manifest.version</c> (<c>1.0</c>), or null.</summary>
        public string? ManifestVersion => Value("manifest.version");

        /// <summary><c>oneroster.version</c> as written (<c>1.2</c>, <c>1.1</c>), or null.</summary>
        public string? OneRosterVersion => Value("oneroster.version");

        /// <summary><c>source.systemName</c>, or null.</summary>
        public string? SourceSystemName => Value("source.systemName");

        /// <summary><c>source.systemCode</c>, or null.</summary>
        public string? SourceSystemCode => Value("source.systemCode");

        /// <summary>How the manifest declares a file; <see cref="CsvFileMode.Absent"/> when it does not declare it or the value is unknown.</summary>
        public CsvFileMode ModeOf(CsvFile file)
        {
            ArgumentNullException.ThrowIfNull(file);
            return Value(file.ManifestProperty) switch
            {
                "bulk" => CsvFileMode.Bulk,
                "delta" => CsvFileMode.Delta,
                _ => CsvFileMode.Absent,
            };
        }

        /// <summary>The value of the first row with this property name, or null.</summary>
        public string? Value(string propertyName) =>
            Properties.Where(p => string.Equals(p.Key, propertyName, StringComparison.Ordinal)).Select(p => p.Value).FirstOrDefault();
    }
}
