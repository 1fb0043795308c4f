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
    internal static class CsvTable
    {
        private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true });

        /// <summary>The rows of a file, the header row first; nothing for an empty file.</summary>
        public static async IAsyncEnumerable<CsvRow> ReadAsync(Stream stream, string file, ProblemSink problems, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            // Strict UTF-8: the binding requires it, and a wrong byte would otherwise turn silently into U+FFFD.
            using var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            using var reader = await Options.FromAsync(text, cancellationToken).ConfigureAwait(false);
            var lastLine = 0;
            while (true)
            {
                bool moved;
                try
                {
                    moved = await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DecoderFallbackException e)
                {
                    problems.Report(file, lastLine + 1, null, 0, CsvRules.FileEncoding, "The file is not valid UTF-8 here: " + e.Message);
                    yield break;
                }
                if (!moved)
                {
                    yield break;
                }
                var row = Copy(reader, out var line, out var lines);
                lastLine = line + lines - 1;
                if (row.Length == 1 && row[0].Length == 0)
                {
                    problems.Report(file, line, null, 0, CsvRules.RowEmpty, "Empty line (skipped).", CsvProblemSeverity.Warning);
                    continue;
                }
                if (lines > 1)
                {
                    ReportLineBreaks(row, file, line, problems);
                }
                yield return new CsvRow(line, row);
            }
        }

        private static string[] Copy(SepReader reader, out int line, out int lines)
        {
            var row = reader.Current;
            line = row.LineNumberFrom;
            lines = row.LineNumberToExcl - row.LineNumberFrom;
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }
            return fields;
        }

        private static void ReportLineBreaks(string[] row, string file, int line, ProblemSink problems)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i].AsSpan().ContainsAny('\r', '\n'))
                {
                    problems.Report(file, line, null, i + 1, CsvRules.FieldLineBreak, "A field holds a line break (not allowed, even quoted).");
                }
            }
        }
    }
}
