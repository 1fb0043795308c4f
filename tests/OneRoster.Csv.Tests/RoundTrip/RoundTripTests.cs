using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Csv.Tests.Support;
using OneRoster.Testing;

namespace OneRoster.Csv.Tests.RoundTrip
{
    /// <summary>
    /// Fake district → REST stream → bundle → <see cref="FakeDistrict.FromCsv"/> → REST stream: every record of every
    /// collection the binding covers comes back equal, field by field, except the fields the binding has no column for
    /// (<see cref="CsvProjection.NotCarried"/>, listed in docs/csv.md).
    /// </summary>
    [TestFixture]
    public class RoundTripTests : TempFolderTests
    {

        [Test]
        public async Task A_delta_bundle_brings_back_every_record_of_every_collection_field_by_field()
        {
            var (before, after, result) = await RoundTripAsync(CsvFileMode.Delta, "district.zip");

            Assert.That(result.Rows.Where(r => r.Value > 0).Select(r => r.Key), Is.EquivalentTo(CsvFiles.All.Select(f => f.Name)),
                "the covered district has rows in every file of the binding");
            AssertSameRecords(before, after, bulk: false);
        }

        [Test]
        public async Task A_bulk_folder_brings_back_every_record_with_status_active_and_the_load_time()
        {
            var loading = DateTimeOffset.UtcNow.AddSeconds(-1);
            var (before, after, _) = await RoundTripAsync(CsvFileMode.Bulk, "district");

            AssertSameRecords(before, after, bulk: true);
            var stamps = after.Values.SelectMany(r => r).Select(r => (DateTimeOffset)r["dateLastModified"]!).ToList();
            Assert.That(stamps, Is.All.GreaterThanOrEqualTo(loading).And.All.LessThanOrEqualTo(DateTimeOffset.UtcNow));
            Assert.That(after.Values.SelectMany(r => r).Select(r => (string?)r["status"]).Distinct(), Is.EqualTo(new[] { "active" }));
        }

        private async Task<(Dictionary<string, List<JObject>> Before, Dictionary<string, List<JObject>> After, CsvExportResult Result)> RoundTripAsync(CsvFileMode mode, string name)
        {
            Dictionary<string, List<JObject>> before;
            var path = Temp.File(name);
            CsvExportResult result;
            await using (var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 120, seed: 11)))
            using (var client = new OneRosterClient(fake.CreateClientOptions()))
            {
                await DistrictCoverage.AddAsync(client);
                before = await RestSnapshot.TakeAsync(client);
                var options = new CsvExportOptions();
                options.Writer.Mode = mode;
                result = await client.ExportCsvAsync(path, options);
            }
            await using var loaded = await OneRosterFakeServer.StartAsync(await FakeDistrict.FromCsvAsync(path));
            using var reader = new OneRosterClient(loaded.CreateClientOptions());
            return (before, await RestSnapshot.TakeAsync(reader), result);
        }

        private static void AssertSameRecords(Dictionary<string, List<JObject>> before, Dictionary<string, List<JObject>> after, bool bulk)
        {
            Assert.That(after.Keys, Is.EquivalentTo(before.Keys));
            foreach (var (file, records) in before)
            {
                Assert.That(records, Is.Not.Empty, file);
                Assert.That(after[file].Select(r => (string?)r["sourcedId"]), Is.EqualTo(records.Select(r => (string?)r["sourcedId"])), $"{file}: the same records in the same order");
                for (var i = 0; i < records.Count; i++)
                {
                    var expected = CsvProjection.Project(file, records[i]);
                    var actual = CsvProjection.Project(file, after[file][i]);
                    if (bulk)
                    {
                        // A bulk file carries neither; FromCsv gives loaded records 'active' and the time of loading.
                        foreach (var field in new[] { "status", "dateLastModified" })
                        {
                            expected.Remove(field);
                            actual.Remove(field);
                        }
                    }
                    if (!JToken.DeepEquals(expected, actual))
                    {
                        Assert.Fail($"{file} record {records[i]["sourcedId"]} differs after the round trip.\nbefore: {expected}\nafter:  {actual}");
                    }
                }
            }
        }
    }
}
