using System;
using System.IO;
using System.Text;

namespace OneRoster.Csv.Writing
{
    /// <summary>
    /// Gives every file the chosen line ending, whatever the platform's: Sep ends rows with the platform's new line, and
    /// fields never hold line breaks (the writer refuses them), so every CR or LF that arrives here ends a row.
    /// </summary>
    internal sealed class LineEndingWriter : TextWriter
    {
        private readonly TextWriter _inner;
        private readonly string _newLine;

        public LineEndingWriter(TextWriter inner, CsvLineEnding ending)
        {
            _inner = inner;
            _newLine = ending == CsvLineEnding.CrLf ? "\r\n" : "\n";
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                _inner.Write(_newLine);
            }
            else if (value != '\r')
            {
                _inner.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            while (buffer.Length > 0)
            {
                var end = buffer.IndexOfAny('\r', '\n');
                if (end < 0)
                {
                    _inner.Write(buffer);
                    return;
                }
                _inner.Write(buffer[..end]);
                if (buffer[end] == '\n')
                {
                    _inner.Write(_newLine);
                }
                buffer = buffer[(end + 1)..];
            }
        }

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Flush() => _inner.Flush();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
