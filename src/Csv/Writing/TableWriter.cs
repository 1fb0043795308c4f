using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OneRoster.Csv.Mapping;

namespace OneRoster.Csv.Writing
{
    /// <summary>Writes one file row by row: the 1.2.1 header, then each record's cells, bulk or delta.</summary>
    internal sealed class TableWriter<T> : IDisposable where T : class, new()
    {
        private readonly CsvFile<T> _file;
        private readonly IReadOnlyList<ColumnMap<T>> _maps;
        private readonly string[] _metadataKeys;
        private readonly bool _delta;
        private readonly string _timestamp;
        private readonly CsvHelper.CsvWriter _writer;
        private readonly string[] _cells;

        public TableWriter(string path, CsvFile<T> file, CsvWriterOptions options, DateTimeOffset timestamp)
        {
            _file = file;
            _maps = file.WriteLayout;
            _metadataKeys = options.MetadataColumns.TryGetValue(file.Name, out var keys) ? keys.ToArray() : Array.Empty<string>();
            _delta = options.Mode == CsvFileMode.Delta;
            _timestamp = CsvText.Timestamp(timestamp)!;
            Path = path;
            _writer = CsvOutput.Create(path, options);
            var header = _maps.Select(m => m.Header).Concat(_metadataKeys.Select(k => Reading.HeaderMatch.MetadataPrefix + k)).ToArray();
            _writer.WriteRecord(header);
            _cells = new string[header.Length];
        }

        public string Path { get; }

        public long Rows { get; private set; }

        public void Write(T record)
        {
            for (var c = 0; c < _maps.Count; c++)
            {
                _cells[c] = Cell(record, c);
            }
            var metadata = _metadataKeys.Length > 0 ? _file.Access.Metadata(record) : null;
            for (var k = 0; k < _metadataKeys.Length; k++)
            {
                _cells[_maps.Count + k] = metadata is not null && metadata.TryGetValue(_metadataKeys[k], out var value) ? Text(value) : string.Empty;
                Check(_cells[_maps.Count + k], _maps.Count + k);
            }
            _writer.WriteRecord(_cells);
            Rows++;
        }

        public void Dispose() => _writer.Dispose();

        private string Cell(T record, int c)
        {
            string? text;
            try
            {
                text = c switch
                {
                    // status and dateLastModified: empty in bulk, always present in delta.
                    1 => _delta ? _maps[1].Write!(record) ?? "active" : null,
                    2 => _delta ? _maps[2].Write!(record) ?? _timestamp : null,
                    _ => _maps[c].Write!(record),
                };
            }
            catch (UnrepresentableValueException e)
            {
                throw Unrepresentable(c, e.Message);
            }
            text ??= string.Empty;
            Check(text, c);
            return text;
        }

        private void Check(string text, int c)
        {
            if (text.AsSpan().ContainsAny('\r', '\n'))
            {
                throw Unrepresentable(c, "The value holds a line break, which the binding does not allow in any field.");
            }
        }

        private CsvBundleException Unrepresentable(int c, string message)
        {
            var header = c < _maps.Count ? _maps[c].Header : Reading.HeaderMatch.MetadataPrefix + _metadataKeys[c - _maps.Count];
            var line = (int)Math.Min(int.MaxValue, Rows + 2);
            return new CsvBundleException(new CsvProblem(_file.Name, line, header, c + 1, CsvRules.WriteUnrepresentable, message));
        }

        /// <summary>A metadata value as cell text: strings as they are, numbers and booleans invariant, anything else as JSON.</summary>
        private static string Text(object? value) => value switch
        {
            null => string.Empty,
            string s => s,
            bool b => b ? "true" : "false",
            JValue { Value: null } => string.Empty,
            JValue v => Text(v.Value),
            JToken token => token.ToString(Formatting.None),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => JsonConvert.SerializeObject(value),
        };
    }
}
