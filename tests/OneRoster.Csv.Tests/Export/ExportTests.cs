using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Csv.Tests.Support;
using OneRoster.Testing;

namespace OneRoster.Csv.Tests.Export
{
    [TestFixture]
    public class ExportTests : TempFolderTests
    {
        private OneRosterFakeServer _fake = null!;
        private OneRosterClient _client = null!;

        [OneTimeSetUp]
        public async Task StartFake()
        {
            _fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 60, seed: 3));
            _client = new OneRosterClient(_fake.CreateClientOptions());
        }

        [OneTimeTearDown]
        public async Task StopFake()
        {
            _client.Dispose();
            await _fake.DisposeAsync();
        }

        [Test]
        public async Task Progress_counts_every_record_of_every_file_and_ends_with_the_totals()
        {
            var reports = new List<CsvExportProgress>();
            var options = new CsvExportOptions { ProgressInterval = 10 };
            options.Files.Clear();
            options.Files.Add(CsvFiles.Orgs);
            options.Files.Add(CsvFiles.Users);

            var result = await _client.ExportCsvAsync(Temp.File("users.zip"), options, new SynchronousProgress(reports.Add));

            var users = _fake.Data.Count(FakeCollections.Users);
            var orgs = _fake.Data.Count(FakeCollections.Orgs);
            Assert.That(reports.Where(r => r.FileDone).Select(r => (r.File, r.FileRecords, r.TotalRecords)), Is.EqualTo(new[] { ("orgs.csv", (long)orgs, (long)orgs), ("users.csv", (long)users, (long)(orgs + users)) }));
            Assert.That(reports.Where(r => r.File == "users.csv" && !r.FileDone).Select(r => r.FileRecords), Is.EqualTo(Enumerable.Range(1, users / 10).Select(i => (long)i * 10)));
            Assert.That(result.Rows["users.csv"], Is.EqualTo(users));
            Assert.That(result.Rows["roles.csv"], Is.EqualTo(users), "one role per generated user");
        }

        [Test]
        public void A_cancelled_export_throws_and_leaves_no_bundle()
        {
            using var cancel = new CancellationTokenSource();
            var path = Temp.File("cancelled.zip");
            var progress = new SynchronousProgress(p =>
            {
                if (p.File == "users.csv")
                {
                    cancel.Cancel();
                }
            });
            Assert.That(async () => await _client.ExportCsvAsync(path, new CsvExportOptions { ProgressInterval = 5 }, progress, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
            Assert.That(File.Exists(path), Is.False);
            Assert.That(Directory.GetFiles(Temp.Root), Is.Empty);
        }

        [Test]
        public async Task Changed_since_exports_a_delta_of_the_records_modified_after_it()
        {
            var users = await _client.Users.ToListAsync();
            var since = users.Select(u => u.DateLastModified!.Value).OrderBy(d => d).ElementAt(users.Count / 2);
            var options = new CsvExportOptions { ChangedSince = since };
            options.Writer.Mode = CsvFileMode.Delta;
            options.Files.Clear();
            options.Files.Add(CsvFiles.Users);

            await _client.ExportCsvAsync(Temp.File("delta"), options);

            var bundle = await CsvBundle.OpenAsync(Temp.File("delta"));
            Assert.That(bundle.Manifest.ModeOf(CsvFiles.Users), Is.EqualTo(CsvFileMode.Delta));
            var exported = await bundle.ReadAsync(CsvFiles.Users).ToListAsync();
            Assert.That(exported.Select(u => u.SourcedId), Is.EquivalentTo(users.Where(u => u.DateLastModified > since).Select(u => u.SourcedId)));
            Assert.That(exported.Select(u => u.Status), Is.All.EqualTo("active"));
        }

        [Test]
        public void Options_that_cannot_work_are_refused_before_any_request()
        {
            var bulkSince = new CsvExportOptions { ChangedSince = DateTimeOffset.UtcNow };
            Assert.That(() => _client.ExportCsvAsync(Temp.File("a.zip"), bulkSince), Throws.ArgumentException.With.Message.Contains("Delta"));
            var association = new CsvExportOptions();
            association.Files.Add(CsvFiles.Roles);
            Assert.That(() => _client.ExportCsvAsync(Temp.File("b.zip"), association), Throws.ArgumentException.With.Message.Contains("roles.csv"));
        }

        [Test]
        public async Task The_generated_district_exports_with_only_the_faults_its_data_has_for_the_binding()
        {
            var path = Temp.File("district.zip");
            await _client.ExportCsvAsync(path);

            var report = await CsvBundleValidator.ValidateAsync(path);

            // The fake's score scales have no org and no class (REST does not require them; the binding does), and its
            // category weights are fractions where the binding has an integer percent.
            var faults = report.Problems.GroupBy(p => (p.File, p.Column, p.Rule)).Select(g => g.Key).ToList();
            Assert.That(faults, Is.EquivalentTo(new[]
            {
                ("scoreScales.csv", "orgSourcedId", CsvRules.ValueRequired),
                ("scoreScales.csv", "classSourcedId", CsvRules.ValueRequired),
                ("categories.csv", "weight", CsvRules.ValueInteger),
            }), report.ToText());
        }

        /// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to the thread pool, which would race the assertions).</summary>
        private sealed class SynchronousProgress : IProgress<CsvExportProgress>
        {
            private readonly Action<CsvExportProgress> _report;

            public SynchronousProgress(Action<CsvExportProgress> report) => _report = report;

            public void Report(CsvExportProgress value) => _report(value);
        }
    }
}
