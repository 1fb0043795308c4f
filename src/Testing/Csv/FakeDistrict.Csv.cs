using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Csv;
using OneRoster.Testing.Csv;

namespace OneRoster.Testing
{
    public sealed partial class FakeDistrict
    {
        /// <summary>
        /// Loads a OneRoster CSV bundle (a zip or a folder, 1.2 or 1.1) into a new district, so tests run against a real
        /// district's data. Each collection gets its file's records as the REST API shapes them: users with the roles,
        /// profiles and resources of roles.csv, userProfiles.csv and userResources.csv; classes and courses with their
        /// resources; line items and results with their score scale and learning objectives; orgs and sessions with their
        /// children. References get the hrefs the fake serves. Records of bulk files, which carry no status or
        /// dateLastModified, get <c>active</c> and the time of loading (as the binding tells a receiver to do); records of
        /// delta files keep theirs, <c>tobedeleted</c> ones included.
        /// </summary>
        /// <param name="path">The bundle.</param>
        /// <param name="options">Problem handling; null to throw on the first problem the reader meets.</param>
        /// <exception cref="CsvBundleException">The bundle breaks a rule the reader checks (see docs/csv.md).</exception>
        public static FakeDistrict FromCsv(string path, CsvReaderOptions? options = null) =>
            // Off the caller's synchronization context, so a UI or legacy ASP.NET test cannot deadlock on it.
            Task.Run(() => FromCsvAsync(path, options)).GetAwaiter().GetResult();

        /// <summary>Loads a CSV bundle; see <see cref="FromCsv(string, CsvReaderOptions?)"/>.</summary>
        public static async Task<FakeDistrict> FromCsvAsync(string path, CsvReaderOptions? options = null, CancellationToken cancellationToken = default)
        {
            var bundle = await CsvBundle.OpenAsync(path, options, cancellationToken).ConfigureAwait(false);
            var district = Empty;
            var loaded = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            await LoadAsync(bundle, CsvFiles.Orgs, FakeCollections.Orgs, district, loaded, cancellationToken).ConfigureAwait(false);
            await LoadAsync(bundle, CsvFiles.AcademicSessions, FakeCollections.AcademicSessions, district, loaded, cancellationToken).ConfigureAwait(false);
            await LoadAsync(bundle, CsvFiles.Courses, FakeCollections.Courses, district, loaded, cancellationToken).ConfigureAwait(false);
            await LoadAsync(bundle, CsvFiles.Classes, FakeCollections.Classes, district, loaded, cancellationToken).ConfigureAwait(false);
            await LoadAsync(bundle, CsvFiles.Users, FakeCollections.Users, district, loaded, cancellationToken).ConfigureAwait(false);
            await LoadAsync(bundle, CsvFiles.Enrollments, FakeCollections.Enrollments, district, loaded, cancellationToken).ConfigureAwait(false);
            await LoadAsync(bundle, CsvFiles.Demographics, FakeCollections.Demographics, district, loaded, cancellationToken).ConfigureAwait(false);
            await LoadAsync(bundle, CsvFiles.Resources, FakeCollections.Resources, district, loaded, cancellationToken).ConfigureAwait(false);
            await LoadAsync(bundle, CsvFiles.Categories, FakeCollections.Categories, district, loaded, cancellationToken).ConfigureAwait(false);
            await LoadAsync(bundle, CsvFiles.ScoreScales, FakeCollections.ScoreScales, district, loaded, cancellationToken).ConfigureAwait(false);
            await LoadAsync(bundle, CsvFiles.LineItems, FakeCollections.LineItems, district, loaded, cancellationToken).ConfigureAwait(false);
            await LoadAsync(bundle, CsvFiles.Results, FakeCollections.Results, district, loaded, cancellationToken).ConfigureAwait(false);
            return district;
        }

        private static async Task LoadAsync<T>(CsvBundle bundle, CsvFile<T> file, string collection, FakeDistrict district, string loaded, CancellationToken cancellationToken)
            where T : class, new()
        {
            var bulk = bundle.Manifest.ModeOf(file) != CsvFileMode.Delta;
            var records = new List<Newtonsoft.Json.Linq.JObject>();
            await foreach (var record in bundle.ReadCompleteAsync(file, cancellationToken).ConfigureAwait(false))
            {
                records.Add(CsvRecordJson.ToFakeRecord(record, bulk ? loaded : null));
            }
            lock (district.Sync)
            {
                var target = district.Collection(collection);
                foreach (var record in records)
                {
                    target.Upsert(record);
                }
            }
        }
    }
}
