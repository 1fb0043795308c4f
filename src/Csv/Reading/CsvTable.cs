using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;


namespace OneRoster.Csv.Reading
{
    /// <summary>One physical row: its 1-based first line and its unescaped fields.</summary>
    internal readonly record struct CsvRow(int Line, string[] Fields);

    /// <summary>
    /// Reads one CSV file row by row with CsvHelper (RFC 4180 quoting, CRLF or LF, a leading BOM skipped) and reports
    /// what the binding forbids at this level: invalid UTF-8, line breaks inside fields, empty lines. The header is the
    /// first row.
    /// </summary>
    /// <remarks>
    /// Invalid UTF-8 decodes to U+FFFD, and a field holding U+FFFD is reported with its line and column. (A file that
    /// really contains U+FFFD is reported too; the character has no place in roster data.)
    /// </remarks>
    internal static class CsvTable
    {
        private static readonly SearchValues<char> Suspect = SearchValues.Create("\r\n\uFFFD");

        /// <summary>The rows of a file, the header row first; nothing for an empty file.</summary>
        public static async IAsyncEnumerable<CsvRow> ReadAsync(Stream stream, string file, ProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var options = new CsvHelper.CsvReaderOptions
            {
                HasHeader = false,
                SkipEmptyLines = false,
                TrackLineNumbers = true,
                FieldCountMismatch = CsvHelper.CsvFieldCountHandling.Allow,
                DetectSeparatorHint = false,
                Separator = ',',
            };
            await using var reader = CsvHelper.CsvReader.Create(stream, options, leaveOpen: false);
            string[]? header = null;
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var line = (int)Math.Min(int.MaxValue, reader.LineNumber);
                var row = Copy(reader, out var suspect);
                if (row.Length == 1 && row[0].Length == 0)
                {
                    problems.Report(file, line, null, 0, CsvRules.RowEmpty, "Empty line (skipped).", CsvProblemSeverity.Warning);
                    continue;
                }
                header ??= row;
                if (suspect)
                {
                    ReportFields(row, header, file, line, problems);
                }
                yield return new CsvRow(line, row);
            }
        }

        private static string[] Copy(CsvHelper.CsvReader reader, out bool suspect)
        {
            suspect = false;
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
                suspect |= fields[i].AsSpan().ContainsAny(Suspect);
            }
            return fields;
        }

        private static void ReportFields(string[] row, string[] header, string file, int line, ProblemSink problems)
        {
            for (var i = 0; i < row.Length; i++)
            {
                var column = i < header.Length && !ReferenceEquals(row, header) ? header[i] : null;
                if (row[i].AsSpan().ContainsAny('\r', '\n'))
                {
                    problems.Report(file, line, column, i + 1, CsvRules.FieldLineBreak, "A field holds a line break (not allowed, even quoted).");
                }
                if (row[i].Contains('\uFFFD', StringComparison.Ordinal))
                {
                    problems.Report(file, line, column, i + 1, CsvRules.FileEncoding, "The field holds bytes that are not valid UTF-8.");
                }
            }
        }
    }
}
