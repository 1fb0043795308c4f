using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using nietras.SeparatedValues;

namespace OneRoster.Csv.Reading
{
    /// <summary>One physical row: its 1-based first line and its unescaped fields.</summary>
    internal readonly record struct CsvRow(int Line, string[] Fields);

    /// <summary>
    /// Reads one CSV file row by row with Sep (RFC 4180 quoting, CRLF or LF, a leading BOM skipped) and reports what
    /// the binding forbids at this level: invalid UTF-8, line breaks inside fields, empty lines. The header is the first row.
    /// </summary>
    /// <remarks>
    /// Invalid UTF-8 decodes to U+FFFD, and a field holding U+FFFD is reported with its line and column: the decoder
    /// itself reads ahead by whole buffers and could not say where the bad bytes were. (A file that really contains
    /// U+FFFD is reported too; the character has no place in roster data.)
    /// </remarks>
    internal static class CsvTable
    {
        private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true });

        /// <summary>The rows of a file, the header row first; nothing for an empty file.</summary>
        public static async IAsyncEnumerable<CsvRow> ReadAsync(Stream stream, string file, ProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            using var reader = await Options.FromAsync(text, cancellationToken).ConfigureAwait(false);
            string[]? header = null;
            var first = true;
            while (await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = Copy(reader, first, out var line, out var lines);
                first = false;
                if (row.Length == 1 && row[0].Length == 0)
                {
                    problems.Report(file, line, null, 0, CsvRules.RowEmpty, "Empty line (skipped).", CsvProblemSeverity.Warning);
                    continue;
                }
                header ??= row;
                if (lines > 1 || HasReplacement(row))
                {
                    ReportFields(row, header, file, line, problems);
                }
                yield return new CsvRow(line, row);
            }
        }

        private static bool HasReplacement(string[] row)
        {
            foreach (var field in row)
            {
                if (field.Contains('\uFFFD', StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }

        private static string[] Copy(SepReader reader, bool first, out int line, out int lines)
        {
            var row = reader.Current;
            // Sep 0.17 without a header numbers the first row's start as line 2; its end (exclusive) is right.
            line = first ? 1 : row.LineNumberFrom;
            lines = row.LineNumberToExcl - line;
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
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
