using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Csv.Reading;

namespace OneRoster.Csv
{
    /// <summary>
    /// A OneRoster CSV bundle opened for reading: a zip, or a folder holding the files. Each file streams as records of
    /// its type (<see cref="ReadAsync{T}"/>), one row in memory at a time, so a file of any size reads in flat memory.
    /// </summary>
    /// <remarks>
    /// The reader maps what is there faithfully and is strict where it must be to do so: a header that is not the
    /// binding's (missing, misordered, wrong case, unknown columns), a row with the wrong number of fields, a line break
    /// in a field, invalid UTF-8, a value that does not parse as its type (dates, date-times, booleans, numbers,
    /// <c>{type:id}</c> and <c>{left:right}</c> items), an unreadable manifest. It is tolerant of what real exports do:
    /// a BOM, CRLF or LF, quoted fields and lists, spaces around list items, empty optional columns, <c>TRUE</c>/<c>FALSE</c>,
    /// date-times where dates are due, the June 2022 1.2 users.csv. Conformance beyond that (required values,
    /// vocabularies, sourcedId syntax, references, bulk/delta rules, manifest against files) is
    /// <see cref="CsvBundleValidator"/>'s job.
    /// </remarks>
    public sealed class CsvBundle
    {
        private readonly BundleSource _source;
        private readonly CsvReaderOptions _options;

        private CsvBundle(string path, BundleSource source, CsvManifest manifest, CsvReaderOptions options)
        {
            Path = path;
            _source = source;
            Manifest = manifest;
            _options = options;
        }

        /// <summary>The path the bundle was opened from.</summary>
        public string Path { get; }

        /// <summary>The manifest.</summary>
        public CsvManifest Manifest { get; }

        /// <summary>The binding version (from the manifest).</summary>
        public CsvVersion Version => Manifest.Version;

        /// <summary>True when the bundle is a zip file (false for a folder).</summary>
        public bool IsZip => _source.IsZip;

        /// <summary>The binding's data files the bundle holds (whatever the manifest says: the data files win).</summary>
        public IReadOnlyList<CsvFile> Files => CsvFiles.All.Where(f => _source.Contains(f.Name)).ToArray();

        /// <summary>
        /// Opens a bundle and reads its manifest.
        /// </summary>
        /// <param name="path">A <c>.zip</c> file, or a folder holding <c>manifest.csv</c> and the data files.</param>
        /// <param name="options">Problem handling; null for the defaults (the first error throws).</param>
        /// <param name="cancellationToken">Cancels reading the manifest.</param>
        /// <exception cref="CsvBundleException">The path is neither a folder nor a zip, or the manifest is missing or unreadable.</exception>
        public static async Task<CsvBundle> OpenAsync(string path, CsvReaderOptions? options = null, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            options ??= new CsvReaderOptions();
            var source = BundleSource.Open(path, System.IO.Path.GetFileName(path.TrimEnd('/', '\\')));
            var manifest = await ManifestReader.ReadAsync(source, new ProblemSink(options.OnProblem), full: false, cancellationToken).ConfigureAwait(false);
            return new CsvBundle(path, source, manifest, options);
        }

        /// <summary>True when the bundle holds the file.</summary>
        public bool Contains(CsvFile file)
        {
            ArgumentNullException.ThrowIfNull(file);
            return _source.Contains(file.Name);
        }

        /// <summary>
        /// Streams the records of one file, in file order; nothing when the bundle lacks the file. Each enumeration reads
        /// the file again.
        /// </summary>
        /// <typeparam name="T">The file's record type.</typeparam>
        /// <param name="file">A file of <see cref="CsvFiles"/>, e.g. <see cref="CsvFiles.Users"/>.</param>
        /// <param name="cancellationToken">Cancels the stream.</param>
        /// <exception cref="CsvBundleException">While enumerating, when a row breaks a rule the reader checks and no <see cref="CsvReaderOptions.OnProblem"/> handler is set.</exception>
        public IAsyncEnumerable<T> ReadAsync<T>(CsvFile<T> file, CancellationToken cancellationToken = default) where T : class, new()
        {
            ArgumentNullException.ThrowIfNull(file);
            return _source.Contains(file.Name)
                ? RecordReader.ReadAsync(_source, file, Version, new ProblemSink(_options.OnProblem), cancellationToken)
                : Empty<T>();
        }

        /// <summary>
        /// Streams the records of a file as the REST API shapes them: users with their roles, user profiles and resources
        /// (from roles.csv, userProfiles.csv, userResources.csv); classes and courses with their resources; line items and
        /// results with their score scale and learning objectives; orgs and academic sessions with their children (from the
        /// other rows' parents). Other files read as <see cref="ReadAsync{T}"/>.
        /// </summary>
        /// <remarks>
        /// The association rows (or, for orgs and sessions, the parent links) are read into memory first, keyed by owner;
        /// the owner file then streams. Memory grows with the association files, not with the owner file. Rows whose
        /// status is <c>tobedeleted</c> are attached like any other; filter them if you apply a delta.
        /// </remarks>
        public IAsyncEnumerable<T> ReadCompleteAsync<T>(CsvFile<T> file, CancellationToken cancellationToken = default) where T : class, new()
        {
            ArgumentNullException.ThrowIfNull(file);
            return CompleteRecords.ReadAsync(this, file, cancellationToken);
        }

        private static async IAsyncEnumerable<T> Empty<T>()
        {
            await Task.CompletedTask.ConfigureAwait(false);
            yield break;
        }

        internal Stream OpenFile(string name) => _source.Open(name);
    }
}
