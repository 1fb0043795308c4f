using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace OneRoster.Cli.Output
{
    /// <summary>The three shapes records are printed in (<c>--format table|json|csv</c>).</summary>
    internal enum RecordFormat
    {
        Table,
        Json,
        Csv,
    }

    /// <summary>Writes records to standard output in a <see cref="RecordFormat"/>.</summary>
    internal static class RecordOutput
    {
        /// <summary>
        /// JSON and CSV are written record by record as they stream in; a table needs every row to size its columns,
        /// so it holds them (for large lists use <c>--format csv</c> or <c>json</c>). Returns the number of records.
        /// </summary>
        public static async Task<long> WriteAsync(IAsyncEnumerable<JObject> records, RecordFormat format, IReadOnlyList<string> columns,
            TextWriter output, IAnsiConsole console, CancellationToken cancellationToken)
        {
            switch (format)
            {
                case RecordFormat.Json:
                    return await WriteJsonAsync(records, output, cancellationToken).ConfigureAwait(false);
                case RecordFormat.Csv:
                    return await WriteCsvAsync(records, columns, output, cancellationToken).ConfigureAwait(false);
                default:
                    var rows = new List<JObject>();
                    await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
                    {
                        rows.Add(record);
                    }
                    WriteTable(rows, columns, console);
                    return rows.Count;
            }
        }

        public static void WriteTable(IReadOnlyList<JObject> rows, IReadOnlyList<string> columns, IAnsiConsole console)
        {
            var table = new Table { Border = console.Profile.Capabilities.Unicode ? TableBorder.Rounded : TableBorder.Ascii };
            foreach (var column in columns)
            {
                table.AddColumn(new TableColumn(new Text(column)));
            }
            foreach (var row in rows)
            {
                table.AddRow(columns.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(RecordColumns.Text(row, c))));
            }
            console.Write(table);
        }

        public static void WriteJson(JToken token, TextWriter output)
        {
            using var writer = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
            token.WriteTo(writer);
            writer.Flush();
            output.WriteLine();
        }

        private static async Task<long> WriteJsonAsync(IAsyncEnumerable<JObject> records, TextWriter output, CancellationToken cancellationToken)
        {
            long count = 0;
            // A stream that fails part way must not look complete: the array is closed only after the last record.
            using var writer = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false, AutoCompleteOnClose = false };
            writer.WriteStartArray();
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                record.WriteTo(writer);
                count++;
            }
            writer.WriteEndArray();
            writer.Flush();
            output.WriteLine();
            return count;
        }

        private static async Task<long> WriteCsvAsync(IAsyncEnumerable<JObject> records, IReadOnlyList<string> columns, TextWriter output, CancellationToken cancellationToken)
        {
            long count = 0;
            output.Write(string.Join(",", columns.Select(Quote)) + "\r\n");
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                output.Write(string.Join(",", columns.Select(c => Quote(RecordColumns.Text(record, c)))) + "\r\n");
                count++;
            }
            output.Flush();
            return count;
        }

        /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.</summary>
        private static string Quote(string value)
        {
            if (value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0)
            {
                return value;
            }
            return new StringBuilder("\"").Append(value.Replace("\"", "\"\"", System.StringComparison.Ordinal)).Append('"').ToString();
        }
    }
}
