using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Csv.Reading
{
    /// <summary>
    /// Reads manifest.csv. The reader needs its shape and the version; with <c>full</c> (the validator) every manifest
    /// rule is checked, including that the declared files match the files present.
    /// </summary>
    internal static class ManifestReader
    {
        private static readonly string[] Modes = { "absent", "bulk", "delta" };

        public static async Task<CsvManifest> ReadAsync(BundleSource source, ProblemSink problems, bool full, CancellationToken cancellationToken)
        {
            const string file = CsvFiles.ManifestName;
            if (!source.Contains(file))
            {
                problems.Report(file, 0, null, 0, CsvRules.ManifestMissing, "The bundle has no manifest.csv (it is the one file every bundle must have).");
                return new CsvManifest(Array.Empty<KeyValuePair<string, string>>(), CsvVersion.V1_2);
            }
            var properties = new List<KeyValuePair<string, string>>();
            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
            var header = true;
            using (var stream = source.Open(file))
            {
                await foreach (var row in CsvTable.ReadAsync(stream, file, problems, cancellationToken).ConfigureAwait(false))
                {
                    if (header)
                    {
                        header = false;
                        if (row.Fields.Length != 2 || row.Fields[0] != "propertyName" || row.Fields[1] != "value")
                        {
                            problems.Report(file, row.Line, null, 0, CsvRules.ManifestHeader, $"The header is '{string.Join(",", row.Fields)}'; it must be 'propertyName,value'.");
                        }
                        continue;
                    }
                    if (row.Fields.Length != 2)
                    {
                        problems.Report(file, row.Line, null, 0, CsvRules.ManifestRow, $"A manifest row holds {row.Fields.Length} fields; it must hold a property name and a value.");
                        if (row.Fields.Length < 2)
                        {
                            continue;
                        }
                    }
                    var (name, value) = (row.Fields[0], row.Fields[1]);
                    if (lines.ContainsKey(name))
                    {
                        if (full)
                        {
                            problems.Report(file, row.Line, "propertyName", 1, CsvRules.ManifestPropertyDuplicate, $"'{name}' appears twice (first on line {lines[name]}).");
                        }
                        continue;
                    }
                    lines[name] = row.Line;
                    properties.Add(new(name, value));
                }
            }
            var version = Version(properties, lines, problems, full);
            if (full)
            {
                CheckProperties(properties, lines, version, problems);
                CheckFiles(source, properties, lines, version, problems);
            }
            return new CsvManifest(properties, version);
        }

        private static CsvVersion Version(List<KeyValuePair<string, string>> properties, Dictionary<string, int> lines, ProblemSink problems, bool full)
        {
            var value = properties.FirstOrDefault(p => p.Key == "oneroster.version").Value;
            switch (value)
            {
                case "1.2":
                    return CsvVersion.V1_2;
                case "1.1":
                    return CsvVersion.V1_1;
                case null:
                    if (full)
                    {
                        problems.Report(CsvFiles.ManifestName, 0, null, 0, CsvRules.ManifestPropertyMissing, "The manifest lacks 'oneroster.version'; reading as 1.2.");
                    }
                    return CsvVersion.V1_2;
                default:
                    problems.Report(CsvFiles.ManifestName, lines["oneroster.version"], "value", 2, CsvRules.ManifestValue, $"oneroster.version '{value}' is neither 1.2 nor 1.1; reading as 1.2.");
                    return CsvVersion.V1_2;
            }
        }

        private static void CheckProperties(List<KeyValuePair<string, string>> properties, Dictionary<string, int> lines, CsvVersion version, ProblemSink problems)
        {
            const string file = CsvFiles.ManifestName;
            var files = CsvFiles.For(version).ToDictionary(f => f.ManifestProperty, StringComparer.Ordinal);
            var value = properties.FirstOrDefault(p => p.Key == "manifest.version").Value;
            if (value is null)
            {
                problems.Report(file, 0, null, 0, CsvRules.ManifestPropertyMissing, "The manifest lacks 'manifest.version' (1.0).");
            }
            else if (value != "1.0")
            {
                problems.Report(file, lines["manifest.version"], "value", 2, CsvRules.ManifestValue, $"manifest.version is '{value}'; it must be 1.0.");
            }
            foreach (var property in files.Keys.Where(k => !lines.ContainsKey(k)))
            {
                problems.Report(file, 0, null, 0, CsvRules.ManifestPropertyMissing, $"The manifest lacks '{property}' (every file.* row is required, 'absent' for files not sent).");
            }
            foreach (var (name, text) in properties)
            {
                if (files.ContainsKey(name))
                {
                    if (!Modes.Contains(text, StringComparer.Ordinal))
                    {
                        problems.Report(file, lines[name], "value", 2, CsvRules.ManifestValue, $"{name} is '{text}'; it must be absent, bulk or delta.");
                    }
                }
                else if (name is not ("manifest.version" or "oneroster.version" or "source.systemName" or "source.systemCode"))
                {
                    problems.Report(file, lines[name], "propertyName", 1, CsvRules.ManifestPropertyUnknown, $"'{name}' is not a manifest property of OneRoster {(version == CsvVersion.V1_1 ? "1.1" : "1.2")}.", CsvProblemSeverity.Warning);
                }
            }
        }

        /// <summary>The files present must be exactly those declared bulk or delta.</summary>
        private static void CheckFiles(BundleSource source, List<KeyValuePair<string, string>> properties, Dictionary<string, int> lines, CsvVersion version, ProblemSink problems)
        {
            foreach (var csvFile in CsvFiles.All)
            {
                var declared = properties.FirstOrDefault(p => p.Key == csvFile.ManifestProperty).Value;
                var present = source.Contains(csvFile.Name);
                var line = lines.TryGetValue(csvFile.ManifestProperty, out var l) ? l : 0;
                if (declared is "bulk" or "delta" && !present)
                {
                    problems.Report(CsvFiles.ManifestName, line, "value", 2, CsvRules.ManifestFileMissing, $"{csvFile.ManifestProperty} is {declared}, but the bundle has no {csvFile.Name}.");
                }
                else if (present && declared is not ("bulk" or "delta") && (csvFile.Since <= version || declared is not null))
                {
                    problems.Report(CsvFiles.ManifestName, line, line > 0 ? "value" : null, line > 0 ? 2 : 0, CsvRules.ManifestFileUndeclared,
                        $"The bundle holds {csvFile.Name}, but the manifest declares it {(declared is null ? "nowhere" : "'" + declared + "'")}.");
                }
            }
        }
    }
}
