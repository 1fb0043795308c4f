using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Csv.Reading;

namespace OneRoster.Csv.Validation
{
    /// <summary>
    /// One validation: the zip's entries, the manifest, then each file once for its own rules (keeping every sourcedId),
    /// then the bulk files with references once more to resolve them against the sourcedIds of the whole bundle.
    /// </summary>
    internal sealed class BundleCheck
    {
        private readonly string _path;
        private readonly CsvValidatorOptions _options;
        private readonly List<CsvProblem> _kept = new();
        private readonly ProblemSink _sink;
        private readonly Dictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _orgTypes = new(StringComparer.Ordinal);
        private long _errors;
        private long _warnings;

        public BundleCheck(string path, CsvValidatorOptions options)
        {
            _path = path;
            _options = options;
            _sink = new ProblemSink(Keep);
        }

        public async Task<CsvValidationReport> RunAsync(CancellationToken cancellationToken)
        {
            BundleSource source;
            try
            {
                source = BundleSource.Open(_path, Path.GetFileName(_path.TrimEnd('/', '\\')));
            }
            catch (CsvBundleException e)
            {
                Keep(e.Problem);
                return Report(CsvVersion.V1_2, Array.Empty<CsvFileSummary>());
            }
            var manifest = await ManifestReader.ReadAsync(source, _sink, full: true, cancellationToken).ConfigureAwait(false);
            var version = manifest.Version;
            CheckEntries(source, version);
            var files = CsvFiles.For(version).Where(f => source.Contains(f.Name)).ToArray();
            var summaries = new List<CsvFileSummary>();
            foreach (var file in files)
            {
                var mode = Mode(manifest, file);
                var rows = await CheckFileAsync(source, file, mode, version, cancellationToken).ConfigureAwait(false);
                summaries.Add(new CsvFileSummary(file.Name, manifest.ModeOf(file), rows));
            }
            if (_options.CheckReferences)
            {
                foreach (var file in files.Where(f => Mode(manifest, f) == CsvFileMode.Bulk))
                {
                    await CheckReferencesAsync(source, file, version, cancellationToken).ConfigureAwait(false);
                }
            }
            return Report(version, summaries);
        }

        /// <summary>A file the manifest leaves undeclared is checked as bulk (the manifest problem is reported already).</summary>
        private static CsvFileMode Mode(CsvManifest manifest, CsvFile file) =>
            manifest.ModeOf(file) == CsvFileMode.Delta ? CsvFileMode.Delta : CsvFileMode.Bulk;

        private void CheckEntries(BundleSource source, CsvVersion version)
        {
            foreach (var name in source.EntryNames)
            {
                if (name.Contains('/', StringComparison.Ordinal))
                {
                    _sink.Report(name, 0, null, 0, CsvRules.BundleNested, "Files of a bundle lie at the zip's root, not in a folder.");
                }
                else if (name != CsvFiles.ManifestName && !CsvFiles.For(version).Any(f => f.Name == name))
                {
                    var known = CsvFiles.Find(name) is not null ? $" (a OneRoster 1.2 file in a {(version == CsvVersion.V1_1 ? "1.1" : "1.2")} bundle)" : string.Empty;
                    _sink.Report(name, 0, null, 0, CsvRules.BundleUnknownFile, $"{name} is not a file of the binding{known}; it is ignored.", CsvProblemSeverity.Warning);
                }
            }
        }

        private async Task<long> CheckFileAsync(BundleSource source, CsvFile file, CsvFileMode mode, CsvVersion version, CancellationToken cancellationToken)
        {
            var ids = _ids[file.Name] = new HashSet<string>(StringComparer.Ordinal);
            var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
            HeaderMatch? match = null;
            IReadOnlyList<CsvColumn> layout = Array.Empty<CsvColumn>();
            int subjects = -1, subjectCodes = -1, orgType = -1;
            long rows = 0;
            using (var stream = source.Open(file.Name))
            {
                await foreach (var row in CsvTable.ReadAsync(stream, file.Name, _sink, cancellationToken).ConfigureAwait(false))
                {
                    if (match is null)
                    {
                        var layouts = file.Layouts(version);
                        match = HeaderMatch.Find(layouts, row.Fields, file.Name, _sink);
                        layout = layouts[match.Layout];
                        subjects = Position(layout, match, "subjects");
                        subjectCodes = Position(layout, match, "subjectCodes");
                        orgType = ReferenceEquals(file, CsvFiles.Orgs) ? Position(layout, match, "type") : -1;
                        continue;
                    }
                    rows++;
                    var fields = row.Fields;
                    if (fields.Length != match.Width)
                    {
                        _sink.Report(file.Name, row.Line, null, 0, CsvRules.RowColumnCount, $"The row has {fields.Length} fields; the header has {match.Width}.");
                    }
                    for (var c = 0; c < layout.Count; c++)
                    {
                        var at = match.Index[c];
                        if (at < 0)
                        {
                            continue;
                        }
                        var text = at < fields.Length ? fields[at] : string.Empty;
                        if (CellRules.Check(layout[c], text, mode, version) is { } broken)
                        {
                            _sink.Report(file.Name, row.Line, layout[c].Header, at + 1, broken.Rule, Quote(layout[c], broken.Message));
                        }
                    }
                    var id = Field(fields, match.Index[0]);
                    if (id.Length > 0 && !ids.Add(id))
                    {
                        _sink.Report(file.Name, row.Line, "sourcedId", match.Index[0] + 1, CsvRules.RecordDuplicateId, $"sourcedId '{id}' is also on line {firstLine[id]}.");
                    }
                    else if (id.Length > 0)
                    {
                        firstLine[id] = row.Line;
                    }
                    if (orgType >= 0 && id.Length > 0)
                    {
                        _orgTypes[id] = Field(fields, orgType);
                    }
                    CheckPairedLists(file, row, subjects, subjectCodes);
                }
            }
            if (match is null)
            {
                _sink.Report(file.Name, 0, null, 0, CsvRules.FileEmpty, "The file is empty: it has no header row.");
            }
            else if (rows == 0)
            {
                _sink.Report(file.Name, 1, null, 0, CsvRules.FileNoRows, "The file has a header but no rows; leave it out and declare it absent.");
            }
            return rows;
        }

        private void CheckPairedLists(CsvFile file, CsvRow row, int subjects, int subjectCodes)
        {
            if (subjects < 0 || subjectCodes < 0)
            {
                return;
            }
            var names = Field(row.Fields, subjects);
            var codes = Field(row.Fields, subjectCodes);
            if (names.Length > 0 && codes.Length > 0 && names.Split(',').Length != codes.Split(',').Length)
            {
                _sink.Report(file.Name, row.Line, "subjectCodes", subjectCodes + 1, CsvRules.ValuePairedLists,
                    $"subjects has {names.Split(',').Length} items and subjectCodes {codes.Split(',').Length}; they pair up one to one.");
            }
        }

        private async Task CheckReferencesAsync(BundleSource source, CsvFile file, CsvVersion version, CancellationToken cancellationToken)
        {
            var isDemographics = ReferenceEquals(file, CsvFiles.Demographics);
            if (!isDemographics && file.Layouts(version).SelectMany(l => l).All(c => c.References is null))
            {
                return;
            }
            HeaderMatch? match = null;
            IReadOnlyList<CsvColumn> layout = Array.Empty<CsvColumn>();
            var quiet = new ProblemSink(_ => { }); // the first pass reported this file's own problems
            using var stream = source.Open(file.Name);
            await foreach (var row in CsvTable.ReadAsync(stream, file.Name, quiet, cancellationToken).ConfigureAwait(false))
            {
                if (match is null)
                {
                    var layouts = file.Layouts(version);
                    match = HeaderMatch.Find(layouts, row.Fields, file.Name, quiet);
                    layout = layouts[match.Layout];
                    continue;
                }
                for (var c = 0; c < layout.Count; c++)
                {
                    // A demographics record describes the user with its own sourcedId.
                    var target = c == 0 && isDemographics ? CsvFiles.Users.Name : layout[c].References;
                    if (target is not null && match.Index[c] >= 0)
                    {
                        CheckReference(file, row, layout[c], match.Index[c], target);
                    }
                }
            }
        }

        private void CheckReference(CsvFile file, CsvRow row, CsvColumn column, int at, string target)
        {
            var text = Field(row.Fields, at);
            if (text.Length == 0)
            {
                return;
            }
            var known = _ids.TryGetValue(target, out var ids) ? ids : null;
            foreach (var item in column.Type == CsvValueType.GuidReferenceList ? text.Split(',').Select(i => i.Trim()) : new[] { text })
            {
                if (item.Length == 0)
                {
                    continue;
                }
                if (known is null || !known.Contains(item))
                {
                    _sink.Report(file.Name, row.Line, column.Header, at + 1, CsvRules.RecordReference,
                        known is null ? $"'{item}' refers to {target}, which the bundle does not hold (a bulk bundle must hold every record it refers to)." : $"'{item}' is not a sourcedId in {target}.");
                }
                else if (column.Header == "schoolSourcedId" && _orgTypes.TryGetValue(item, out var type) && type != "school")
                {
                    _sink.Report(file.Name, row.Line, column.Header, at + 1, CsvRules.RecordReferenceType, $"'{item}' is an org of type '{type}', not a school.");
                }
            }
        }

        private static int Position(IReadOnlyList<CsvColumn> layout, HeaderMatch match, string header)
        {
            for (var c = 0; c < layout.Count; c++)
            {
                if (layout[c].Header == header)
                {
                    return match.Index[c];
                }
            }
            return -1;
        }

        private static string Field(string[] fields, int at) => at >= 0 && at < fields.Length ? fields[at] : string.Empty;

        /// <summary>Credentials never appear in a report.</summary>
        private static string Quote(CsvColumn column, string message) => column.Header == "password" ? $"The {column.Header} value breaks the rule." : message;

        private void Keep(CsvProblem problem)
        {
            if (problem.Severity == CsvProblemSeverity.Error)
            {
                _errors++;
            }
            else
            {
                _warnings++;
            }
            if (_kept.Count < _options.MaxProblems)
            {
                _kept.Add(problem);
            }
        }

        private CsvValidationReport Report(CsvVersion version, IReadOnlyList<CsvFileSummary> files)
        {
            var order = new[] { string.Empty, CsvFiles.ManifestName }.Concat(CsvFiles.All.Select(f => f.Name)).ToList();
            var sorted = _kept
                .OrderBy(p => order.IndexOf(p.File) is var i && i >= 0 ? i : order.Count)
                .ThenBy(p => p.File, StringComparer.Ordinal)
                .ThenBy(p => p.Line)
                .ThenBy(p => p.ColumnNumber)
                .ToArray();
            return new CsvValidationReport(_path, version, sorted, _errors, _warnings, files);
        }
    }
}
