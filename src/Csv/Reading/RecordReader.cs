using System.Threading.Tasks;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using OneRoster.Csv.Mapping;
using OneRoster.Rostering;

namespace OneRoster.Csv.Reading
{
    /// <summary>Streams the rows of one file as records of its type: one row in memory at a time.</summary>
    internal static class RecordReader
    {
        public static async IAsyncEnumerable<T> ReadAsync<T>(BundleSource source, CsvFile<T> file, CsvVersion version, ProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
            where T : class, new()
        {
            var layouts = file.MapLayouts(version);
            if (layouts.Count == 0)
            {
                // A 1.2 file in a 1.1 bundle: read it as 1.2 (the validator reports it).
                layouts = file.MapLayouts(CsvVersion.V1_2);
            }
            HeaderMatch? match = null;
            IReadOnlyList<ColumnMap<T>> maps = layouts[0];
            var cell = new CellReporter(file.Name, problems);
            using var stream = source.Open(file.Name);
            await foreach (var row in CsvTable.ReadAsync(stream, file.Name, problems, cancellationToken).ConfigureAwait(false))
            {
                if (match is null)
                {
                    match = HeaderMatch.Find(file.Layouts(version == CsvVersion.V1_1 && file.Since == CsvVersion.V1_1 ? version : CsvVersion.V1_2), row.Fields, file.Name, problems);
                    maps = layouts[match.Layout];
                    continue;
                }
                var fields = row.Fields;
                if (fields.Length != match.Width)
                {
                    problems.Report(file.Name, row.Line, null, 0, CsvRules.RowColumnCount, $"The row has {fields.Length} fields; the header has {match.Width}.");
                }
                var record = new T();
                cell.Line = row.Line;
                for (var c = 0; c < maps.Count; c++)
                {
                    var at = match.Index[c];
                    if (at < 0 || at >= fields.Length || fields[at].Length == 0)
                    {
                        continue;
                    }
                    cell.Column = maps[c].Header;
                    cell.ColumnNumber = at + 1;
                    maps[c].Read(record, fields[at], cell.Problem);
                }
                if (match.Metadata.Length > 0)
                {
                    ReadMetadata(file, record, fields, match);
                }
                yield return record;
            }
            if (match is null)
            {
                problems.Report(file.Name, 0, null, 0, CsvRules.FileEmpty, "The file is empty: it has no header row.");
            }
        }

        private static void ReadMetadata<T>(CsvFile<T> file, T record, string[] fields, HeaderMatch match) where T : class, new()
        {
            Metadata? metadata = null;
            foreach (var (index, key) in match.Metadata)
            {
                if (index < fields.Length && fields[index].Length > 0)
                {
                    metadata ??= file.Access.Metadata(record) ?? new Metadata();
                    metadata[key] = fields[index];
                }
            }
            if (metadata is not null)
            {
                file.Access.SetMetadata(record, metadata);
            }
        }

        /// <summary>Turns a cell's problem into one with file, line and column, without a closure per cell.</summary>
        private sealed class CellReporter
        {
            private readonly string _file;
            private readonly ProblemSink _problems;

            public CellReporter(string file, ProblemSink problems)
            {
                _file = file;
                _problems = problems;
                Problem = (rule, message) => _problems.Report(_file, Line, Column, ColumnNumber, rule, message);
            }

            public int Line { get; set; }

            public string? Column { get; set; }

            public int ColumnNumber { get; set; }

            public CellProblem Problem { get; }
        }
    }
}
