using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;
using OneRoster.Errors;
using OneRoster.Testing;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// The facade against the fake provider, area by area: streamed lists and reads by id equal the fake's
    /// records, nested lists equal the fake's relations, and writes change the fake's data as the API says.
    /// One small district, started once; every test derives its expectations from the data at that moment.
    /// </summary>
    [TestFixture]
    public class FacadeAgainstFakeTests
    {
        private OneRosterFakeServer _fake = null!;
        private OneRosterClient _client = null!;

        [OneTimeSetUp]
        public async Task Start()
        {
            // A limit of 40 makes the bigger lists span several pages.
            _fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 300));
            var options = _fake.CreateClientOptions();
            options.PageSize = 40;
            _client = new OneRosterClient(options);
        }

        [OneTimeTearDown]
        public async Task Stop()
        {
            _client.Dispose();
            await _fake.DisposeAsync();
        }

        private static IEnumerable<TestCaseData> Areas() => FacadeAreas.All.Select(a => new TestCaseData(a).SetArgDisplayNames(a.Name));

        private static IEnumerable<TestCaseData> EditableAreas() =>
            FacadeAreas.All.Where(a => a.Writes is not null).Select(a => new TestCaseData(a).SetArgDisplayNames(a.Name));

        private static IEnumerable<TestCaseData> Nested() => NestedLists.All.Select(n => new TestCaseData(n).SetArgDisplayNames(n.Name));

        [Test]
        public void The_area_table_names_every_resource_area_of_the_facade()
        {
            var facade = typeof(OneRosterClient).GetProperties()
                .Where(p => p.PropertyType.IsGenericType && p.PropertyType.Name.StartsWith("RecordCollection", StringComparison.Ordinal)
                    || p.PropertyType.Name.StartsWith("EditableRecordCollection", StringComparison.Ordinal) || p.PropertyType == typeof(ResourceCollection))
                .Select(p => p.Name);
            Assert.That(FacadeAreas.All.Select(a => a.Name), Is.EquivalentTo(facade));
        }

        [TestCaseSource(nameof(Areas))]
        public async Task Stream_yields_exactly_the_records_the_endpoint_serves(FacadeArea area)
        {
            var expected = new DistrictSnapshot(_fake.Data).IdsWhere(area.Collection, area.Serves).ToList();

            var streamed = await area.StreamIds(_client);

            Assert.That(expected, Is.Not.Empty, "the district should hold records for this area");
            Assert.That(streamed, Is.Unique);
            Assert.That(streamed, Is.EquivalentTo(expected));
        }

        [TestCaseSource(nameof(Areas))]
        public async Task GetAsync_reads_the_record_by_id_and_unknown_ids_are_not_found(FacadeArea area)
        {
            var id = new DistrictSnapshot(_fake.Data).IdsWhere(area.Collection, area.Serves).Last();

            Assert.That(await area.GetId(_client, id), Is.EqualTo(id));
            var missing = Assert.ThrowsAsync<OneRosterNotFoundException>(() => area.GetId(_client, "no-such-record"));
            Assert.That(missing!.Status, Is.EqualTo(404));
        }

        [TestCaseSource(nameof(Nested))]
        public async Task Nested_list_equals_the_fakes_relation(NestedList list)
        {
            var district = new DistrictSnapshot(_fake.Data);
            var parent = list.Parents(district).Take(40).FirstOrDefault(p => list.Expected(district, p).Any());
            Assert.That(parent, Is.Not.Null, "the district should hold a parent with records in this list");

            var streamed = await list.StreamIds(_client, parent!);

            Assert.That(streamed, Is.Unique);
            Assert.That(streamed, Is.EquivalentTo(list.Expected(district, parent!).Distinct()));
        }

        [TestCaseSource(nameof(EditableAreas))]
        public async Task Create_upsert_update_and_delete_change_the_fakes_data(FacadeArea area)
        {
            var writes = area.Writes!;
            var template = (JObject)new DistrictSnapshot(_fake.Data).Where(area.Collection, area.Serves).First().DeepClone();
            template.Remove("sourcedId");

            var id = await writes.Create(_client, template);
            Assert.That(_fake.Data.FindRecord(area.Collection, id), Is.Not.Null, "created with the allocated id " + id);

            template["status"] = "tobedeleted";
            await writes.Upsert(_client, id, template);
            Assert.That((string?)_fake.Data.FindRecord(area.Collection, id)!["status"], Is.EqualTo("tobedeleted"));

            template["status"] = "active";
            await writes.Update(_client, id, template);
            Assert.That((string?)_fake.Data.FindRecord(area.Collection, id)!["status"], Is.EqualTo("active"));

            var missing = "missing-" + id;
            Assert.ThrowsAsync<OneRosterNotFoundException>(() => writes.Update(_client, missing, template));
            Assert.That(_fake.Data.FindRecord(area.Collection, missing), Is.Null, "an update of a missing id must not create it");

            await writes.Delete(_client, id);
            Assert.That(_fake.Data.FindRecord(area.Collection, id), Is.Null);
        }
    }
}
