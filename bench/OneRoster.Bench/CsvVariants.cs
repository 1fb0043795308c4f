using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using nietras.SeparatedValues;
using OneRoster.Csv;

namespace OneRoster.Bench
{
    /// <summary>
    /// The CSV variants: the two candidate libraries reading and writing a large users.csv with the same work (every
    /// field of every row as a string), OneRoster.Csv's reader mapping rows to <c>User</c> DTOs, and an export through
    /// the client. The file variants get the bundle folder as a <c>file:</c> URL.
    /// </summary>
    internal static class CsvVariants
    {
        public static Variant? Create(string name, Uri baseUrl, int pageSize) => name switch
        {
            "m" => new SepRead(baseUrl.LocalPath),
            "f" => new CsvHelperRead(baseUrl.LocalPath),
            "g" => new SepWrite(),
            "h" => new CsvHelperWrite(),
            "i" => new BundleRead(baseUrl.LocalPath),
            "j" => new Export(baseUrl, pageSize),
            _ => null,
        };

        public static string? Describe(string name) => name switch
        {
            "m" => "(m) Sep: read users.csv, every field a string",
            "f" => "(f) CsvHelper: read users.csv, every field a string",
            "g" => "(g) Sep: write users.csv from string rows",
            "h" => "(h) CsvHelper: write users.csv from string rows",
            "i" => "(i) OneRoster.Csv: CsvBundle.ReadAsync(Users) to User DTOs",
            "j" => "(j) ExportCsvAsync: users (+ roles.csv) to a folder",
            _ => null,
        };

        /// <summary>How many rows a write variant writes: the child's user count, passed once.</summary>
        public static int Rows { get; set; }

        private static string UsersFile(string folder) => Path.Combine(folder, CsvFiles.Users.Name);

        private sealed class SepRead : Variant
        {
            private readonly string _file;

            public SepRead(string folder) => _file = UsersFile(folder);

            public override string Description => Describe("m")!;

            public override Task<long> ReadAllAsync(long? maxItems, CancellationToken cancellationToken)
            {
                long rows = 0, chars = 0;
                using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(_file);
                foreach (var row in reader)
                {
                    if (rows == maxItems)
                    {
                        break;
                    }
                    for (var c = 0; c < row.ColCount; c++)
                    {
                        chars += row[c].ToString().Length;
                    }
                    rows++;
                }
                return Task.FromResult(chars > 0 || rows == 0 ? rows : -1);
            }
        }

        private sealed class CsvHelperRead : Variant
        {
            private readonly string _file;

            public CsvHelperRead(string folder) => _file = UsersFile(folder);

            public override string Description => Describe("f")!;

            public override Task<long> ReadAllAsync(long? maxItems, CancellationToken cancellationToken)
            {
                long rows = 0, chars = 0;
                using var reader = CsvHelper.CsvReader.Create(File.OpenRead(_file), new CsvHelper.CsvReaderOptions { HasHeader = true }, false);
                while (rows != maxItems && reader.Read())
                {
                    for (var c = 0; c < reader.FieldCount; c++)
                    {
                        chars += reader.GetString(c).Length;
                    }
                    rows++;
                }
                return Task.FromResult(chars > 0 || rows == 0 ? rows : -1);
            }
        }

        private abstract class WriteVariant : Variant
        {
            public override Task<long> ReadAllAsync(long? maxItems, CancellationToken cancellationToken)
            {
                var path = Path.Combine(Path.GetTempPath(), $"oneroster-bench-write-{Environment.ProcessId}.csv");
                try
                {
                    var rows = (int)Math.Min(maxItems ?? Rows, Rows);
                    Write(path, rows);
                    return Task.FromResult(new FileInfo(path).Length > rows ? (long)rows : -1);
                }
                finally
                {
                    File.Delete(path);
                }
            }

            protected abstract void Write(string path, int rows);
        }

        private sealed class SepWrite : WriteVariant
        {
            public override string Description => Describe("g")!;

            protected override void Write(string path, int rows)
            {
                using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
                writer.Header.Add(CsvUsers.Header.Split(','));
                for (var i = 0; i < rows; i++)
                {
                    var cells = CsvUsers.Row(i);
                    using var row = writer.NewRow();
                    for (var c = 0; c < cells.Length; c++)
                    {
                        row[c].Set(cells[c]);
                    }
                }
            }
        }

        private sealed class CsvHelperWrite : WriteVariant
        {
            public override string Description => Describe("h")!;

            protected override void Write(string path, int rows)
            {
                using var writer = CsvHelper.CsvWriter.Create(File.Create(path), new CsvHelper.CsvWriterOptions(), false);
                writer.WriteRecord(CsvUsers.Header.Split(','));
                for (var i = 0; i < rows; i++)
                {
                    writer.WriteRecord(CsvUsers.Row(i));
                }
            }
        }

        private sealed class BundleRead : Variant
        {
            private readonly string _folder;

            public BundleRead(string folder) => _folder = folder;

            public override string Description => Describe("i")!;

            public override async Task<long> ReadAllAsync(long? maxItems, CancellationToken cancellationToken)
            {
                var bundle = await CsvBundle.OpenAsync(_folder, cancellationToken: cancellationToken).ConfigureAwait(false);
                long count = 0;
                await foreach (var user in bundle.ReadAsync(CsvFiles.Users, cancellationToken).ConfigureAwait(false))
                {
                    if (count == maxItems)
                    {
                        break;
                    }
                    if (user.SourcedId is null || user.UserIds is not { Count: 2 })
                    {
                        throw new InvalidOperationException("A user was read without its sourcedId or ids.");
                    }
                    count++;
                }
                return count;
            }
        }

        private sealed class Export : Variant
        {
            private readonly OneRosterClient _client;

            public Export(Uri baseUrl, int pageSize) => _client = new OneRosterClient(Variant.ClientOptions(baseUrl, pageSize, maxConcurrency: null));

            public override string Description => Describe("j")!;

            public override async Task<long> ReadAllAsync(long? maxItems, CancellationToken cancellationToken)
            {
                var folder = Path.Combine(Path.GetTempPath(), $"oneroster-bench-export-{Environment.ProcessId}");
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
                try
                {
                    if (maxItems is { } max)
                    {
                        // Warm-up: the same path (stream, write users.csv and roles.csv) over the first records.
                        await using var writer = CsvBundleWriter.Create(folder);
                        var rows = await writer.WriteAsync(CsvFiles.Users, _client.Users.StreamAsync(maxItems: max, cancellationToken: cancellationToken), cancellationToken).ConfigureAwait(false);
                        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
                        return rows;
                    }
                    var options = new CsvExportOptions();
                    options.Files.Clear();
                    options.Files.Add(CsvFiles.Users);
                    var result = await _client.ExportCsvAsync(folder, options, cancellationToken: cancellationToken).ConfigureAwait(false);
                    return result.Rows["users.csv"];
                }
                finally
                {
                    if (Directory.Exists(folder))
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                }
            }

            public override void Dispose() => _client.Dispose();
        }
    }
}
