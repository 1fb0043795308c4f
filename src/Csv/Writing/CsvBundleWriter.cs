using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Csv.Writing;

namespace OneRoster.Csv
{
    /// <summary>
    /// Writes a OneRoster 1.2.1 CSV bundle, file by file, from streams of records: each record is written as it arrives,
    /// so a million users never sit in memory. <see cref="CompleteAsync"/> writes <c>manifest.csv</c> (every file row,
    /// <c>absent</c> for files not written or left without rows) and, for a <c>.zip</c> path, packs the zip.
    /// </summary>
    /// <remarks>
    /// Headers are the binding's, in its order and case. Each file can be written once; write calls are not to be made
    /// concurrently. Disposing a writer that was not completed deletes what it wrote. Values a CSV field cannot carry
    /// (a line break, a comma inside a list item) throw <see cref="CsvBundleException"/> with rule
    /// <see cref="CsvRules.WriteUnrepresentable"/>.
    /// </remarks>
    public sealed class CsvBundleWriter : IAsyncDisposable
    {
        private readonly CsvWriterOptions _options;
        private readonly DateTimeOffset _timestamp;
        private readonly string _directory;
        private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);
        private readonly List<string> _files = new();
        private bool _completed;

        private CsvBundleWriter(string path, bool zip, string directory, CsvWriterOptions options)
        {
            Path = path;
            IsZip = zip;
            _directory = directory;
            _options = options;
            _timestamp = options.Timestamp ?? DateTimeOffset.UtcNow;
        }

        /// <summary>The bundle's path.</summary>
        public string Path { get; }

        /// <summary>True when the bundle is a zip (the path ends with <c>.zip</c>), false for a folder.</summary>
        public bool IsZip { get; }

        /// <summary>Rows written so far per file name (files left without rows count 0 and are not in the bundle).</summary>
        public IReadOnlyDictionary<string, long> Rows => _rows;

        /// <summary>Starts a bundle.</summary>
        /// <param name="path">A path ending with <c>.zip</c> for a zip (replaced when it exists), otherwise a folder, which must be new or empty.</param>
        /// <param name="options">Bulk or delta, manifest source, extension columns, line endings; null for the defaults.</param>
        /// <exception cref="ArgumentException">The mode is <see cref="CsvFileMode.Absent"/>.</exception>
        /// <exception cref="IOException">The folder holds files already.</exception>
        public static CsvBundleWriter Create(string path, CsvWriterOptions? options = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            options ??= new CsvWriterOptions();
            if (options.Mode == CsvFileMode.Absent)
            {
                throw new ArgumentException("A bundle is written bulk or delta.", nameof(options));
            }
            if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                var staging = System.IO.Path.Combine(options.TemporaryDirectory ?? System.IO.Path.GetTempPath(), "oneroster-csv-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(staging);
                return new CsvBundleWriter(path, zip: true, staging, options);
            }
            if (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any())
            {
                throw new IOException($"'{path}' is not empty; a bundle is written into a new or empty folder.");
            }
            Directory.CreateDirectory(path);
            return new CsvBundleWriter(path, zip: false, path, options);
        }

        /// <summary>
        /// Writes one file from a stream of records (and, with <see cref="CsvWriterOptions.WriteAssociations"/>, the
        /// association files its records carry). Returns the number of rows written to <paramref name="file"/>.
        /// </summary>
        /// <exception cref="InvalidOperationException">The file (or one of its association files) was written already, or the bundle is complete.</exception>
        /// <exception cref="CsvBundleException">A value cannot be written (<see cref="CsvRules.WriteUnrepresentable"/>).</exception>
        public async Task<long> WriteAsync<T>(CsvFile<T> file, IAsyncEnumerable<T> records, CancellationToken cancellationToken = default) where T : class, new()
        {
            ArgumentNullException.ThrowIfNull(file);
            ArgumentNullException.ThrowIfNull(records);
            var derivations = _options.WriteAssociations ? Derivations.For(file) : Array.Empty<Writing.IDerivation<T>>();
            Claim(new[] { file }.Concat(derivations.Select(d => d.File)));
            var main = new TableWriter<T>(System.IO.Path.Combine(_directory, file.Name), file, _options, _timestamp);
            var derived = new List<Writing.IDerivedTable<T>>();
            try
            {
                foreach (var derivation in derivations)
                {
                    derived.Add(derivation.Open(_directory, _options, _timestamp));
                }
                await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    if (record is null)
                    {
                        throw new ArgumentException($"The records for {file.Name} hold a null.", nameof(records));
                    }
                    main.Write(record);
                    foreach (var table in derived)
                    {
                        table.Write(record);
                    }
                }
            }
            finally
            {
                main.Dispose();
                foreach (var table in derived)
                {
                    table.Dispose();
                }
            }
            _rows[file.Name] = main.Rows;
            foreach (var (table, derivation) in derived.Zip(derivations))
            {
                _rows[derivation.File.Name] = table.Rows;
            }
            return main.Rows;
        }

        /// <summary>Writes one file from records in memory; see <see cref="WriteAsync{T}(CsvFile{T}, IAsyncEnumerable{T}, CancellationToken)"/>.</summary>
        public Task<long> WriteAsync<T>(CsvFile<T> file, IEnumerable<T> records, CancellationToken cancellationToken = default) where T : class, new()
        {
            ArgumentNullException.ThrowIfNull(records);
            return WriteAsync(file, ToAsync(records, cancellationToken), cancellationToken);
        }

        /// <summary>Writes the manifest (and packs the zip); the bundle is then complete.</summary>
        public async Task CompleteAsync(CancellationToken cancellationToken = default)
        {
            ThrowIfCompleted();
            foreach (var empty in _rows.Where(r => r.Value == 0).Select(r => r.Key))
            {
                // A file with a header and no rows is not allowed: it is left out and declared absent.
                File.Delete(System.IO.Path.Combine(_directory, empty));
            }
            WriteManifest(System.IO.Path.Combine(_directory, CsvFiles.ManifestName));
            if (IsZip)
            {
                await PackAsync(cancellationToken).ConfigureAwait(false);
                Directory.Delete(_directory, recursive: true);
            }
            _completed = true;
        }

        /// <summary>Deletes what was written when the bundle was not completed.</summary>
        public ValueTask DisposeAsync()
        {
            if (!_completed)
            {
                _completed = true;
                if (IsZip)
                {
                    if (Directory.Exists(_directory))
                    {
                        Directory.Delete(_directory, recursive: true);
                    }
                }
                else
                {
                    foreach (var name in _files.Append(CsvFiles.ManifestName))
                    {
                        File.Delete(System.IO.Path.Combine(_directory, name));
                    }
                }
            }
            return ValueTask.CompletedTask;
        }

        private void Claim(IEnumerable<CsvFile> files)
        {
            ThrowIfCompleted();
            var names = files.Select(f => f.Name).ToArray();
            if (names.FirstOrDefault(n => _files.Contains(n, StringComparer.Ordinal)) is { } again)
            {
                throw new InvalidOperationException($"{again} was written already; each file of a bundle is written once.");
            }
            _files.AddRange(names);
        }

        private void ThrowIfCompleted()
        {
            if (_completed)
            {
                throw new InvalidOperationException("The bundle is complete (or disposed).");
            }
        }

        private void WriteManifest(string path)
        {
            using var writer = CsvOutput.Create(path, _options);
            writer.WriteRecord(new[] { "propertyName", "value" });
            void Row(string name, string value) => writer.WriteRecord(new[] { name, value });
            Row("manifest.version", "1.0");
            Row("oneroster.version", "1.2");
            var mode = _options.Mode == CsvFileMode.Delta ? "delta" : "bulk";
            foreach (var file in CsvFiles.All)
            {
                Row(file.ManifestProperty, _rows.TryGetValue(file.Name, out var rows) && rows > 0 ? mode : "absent");
            }
            if (_options.SourceSystemName is { } name)
            {
                Row("source.systemName", name);
            }
            if (_options.SourceSystemCode is { } code)
            {
                Row("source.systemCode", code);
            }
        }

        /// <summary>Packs the staged files into a new zip beside the target, then moves it into place (no half-written zip).</summary>
        private async Task PackAsync(CancellationToken cancellationToken)
        {
            var partial = Path + ".partial";
            await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
            {
                foreach (var name in new[] { CsvFiles.ManifestName }.Concat(CsvFiles.All.Select(f => f.Name)))
                {
                    var staged = System.IO.Path.Combine(_directory, name);
                    if (!File.Exists(staged))
                    {
                        continue;
                    }
                    var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                    await using var target = entry.Open();
                    await using var source = new FileStream(staged, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                    await source.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                }
            }
            File.Move(partial, Path, overwrite: true);
        }

        private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> records, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var record in records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return record;
            }
            await Task.CompletedTask.ConfigureAwait(false);
        }
    }
}
