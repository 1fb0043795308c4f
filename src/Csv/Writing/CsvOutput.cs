using System.IO;
using CsvHelper;

namespace OneRoster.Csv.Writing
{
    /// <summary>A CsvHelper writer for one bundle file: RFC 4180 quoting when needed, the chosen line ending and BOM, UTF-8.</summary>
    internal static class CsvOutput
    {
        public static CsvWriter Create(string path, CsvWriterOptions options)
        {
            var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            return CsvWriter.Create(stream, new CsvHelper.CsvWriterOptions
            {
                Separator = ',',
                Quoting = CsvQuoting.WhenNeeded,
                NewLine = options.LineEnding == CsvLineEnding.CrLf ? "\r\n" : "\n",
                WriteByteOrderMark = options.ByteOrderMark,
                // Roster values are data, not spreadsheet formulas: a leading '=' or '+' stays as it is.
                Injection = CsvInjection.None,
                ValidateFieldCount = false,
            }, leaveOpen: false);
        }
    }
}
