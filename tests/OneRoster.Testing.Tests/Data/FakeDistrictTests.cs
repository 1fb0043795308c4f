using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Testing.Tests.Support;

namespace OneRoster.Testing.Tests.Data
{
    /// <summary>Hand-built and JSON-loaded districts, and reading a district directly.</summary>
    public class FakeDistrictTests
    {
        private const string Seed = """
            {
              "schools": [{"sourcedId": "s1", "name": "Hill School"}],
              "students": [{"sourcedId": "u1", "givenName": "Ada", "enabledUser": true, "ext:nickname": "Addy"}],
              "users": [{"sourcedId": "u2", "givenName": "Ben", "roles": [{"roleType": "primary", "role": "ext:tutor"}]}],
              "terms": [{"sourcedId": "t1", "title": "Fall", "startDate": "2025-08-18", "endDate": "2025-12-19"}]
            }
            """;

        [Test]
        public void Empty_starts_with_no_records_and_each_read_is_a_new_district()
        {
            var district = FakeDistrict.Empty;
            Assert.That(district.CollectionNames.Select(district.Count), Is.All.Zero);
            district.Add("orgs", new JObject { ["sourcedId"] = "o1" });
            Assert.That(FakeDistrict.Empty.Count("orgs"), Is.Zero);
        }

        [Test]
        public void Add_through_an_alias_fills_in_the_type_or_role_and_stores_a_copy()
        {
            var record = new JObject { ["sourcedId"] = "s1", ["name"] = "Hill School" };
            var district = FakeDistrict.Empty.Add("schools", record).Add("students", new JObject { ["sourcedId"] = "u1" });
            record["name"] = "changed";
            Assert.That((string?)district.FindRecord("orgs", "s1")!["type"], Is.EqualTo("school"));
            Assert.That((string?)district.FindRecord("orgs", "s1")!["name"], Is.EqualTo("Hill School"));
            Assert.That((string?)district.FindRecord("users", "u1")!.SelectToken("roles[0].role"), Is.EqualTo("student"));
            Assert.That(district.Count("students"), Is.EqualTo(1));
            Assert.That(district.FindRecord("teachers", "u1"), Is.Null);
        }

        [Test]
        public void Add_replaces_a_record_with_the_same_sourcedId_and_Remove_deletes_it()
        {
            var district = FakeDistrict.Generate(50);
            district.Add("users", new JObject { ["sourcedId"] = "usr-0001", ["givenName"] = "Replaced" });
            Assert.That((string?)district.FindRecord("users", "usr-0001")!["givenName"], Is.EqualTo("Replaced"));
            Assert.That(district.Count("users"), Is.EqualTo(50));
            Assert.That(district.Remove("users", "usr-0002"), Is.True);
            Assert.That(district.Remove("users", "usr-0002"), Is.False);
            Assert.That(district.Count("users"), Is.EqualTo(49));
            Assert.That(district.RecordObjects("users").Select(u => (string?)u["sourcedId"]).Take(2), Is.EqualTo(new[] { "usr-0001", "usr-0003" }));
        }

        [Test]
        public void A_record_without_a_string_sourcedId_or_an_unknown_collection_is_refused()
        {
            Assert.Throws<ArgumentException>(() => FakeDistrict.Empty.Add("users", new JObject { ["givenName"] = "x" }));
            Assert.Throws<ArgumentException>(() => FakeDistrict.Empty.Add("users", new JObject { ["sourcedId"] = 5 }));
            var error = Assert.Throws<ArgumentException>(() => FakeDistrict.Empty.Add("widgets", new JObject { ["sourcedId"] = "w" }));
            Assert.That(error!.Message, Does.Contain("users"));
        }

        [Test]
        public void FromJson_loads_collections_and_aliases_keeping_values_exactly_as_written()
        {
            var district = FakeDistrict.FromJson(Seed);
            Assert.That(district.Count("users"), Is.EqualTo(2));
            var term = district.FindRecord("academicSessions", "t1")!;
            Assert.That((string?)term["type"], Is.EqualTo("term"));
            Assert.That(term["startDate"]!.Type, Is.EqualTo(JTokenType.String), "dates stay strings, not DateTime");
            Assert.That((string?)term["startDate"], Is.EqualTo("2025-08-18"));
            var ada = district.FindRecord("users", "u1")!;
            Assert.That(ada["enabledUser"]!.Type, Is.EqualTo(JTokenType.Boolean), "provider quirks in seed data are kept");
            Assert.That((string?)ada["ext:nickname"], Is.EqualTo("Addy"));
        }

        [Test]
        public void FromJson_reads_a_stream()
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Seed));
            Assert.That(FakeDistrict.FromJson(stream).Count("orgs"), Is.EqualTo(1));
        }

        [TestCase("[1, 2]")]
        [TestCase("{\"users\": {}}")]
        [TestCase("{\"users\": [1]}")]
        [TestCase("{\"users\": [{\"givenName\": \"no id\"}]}")]
        [TestCase("{\"gizmos\": [{\"sourcedId\": \"g\"}]}")]
        [TestCase("{\"users\": [")]
        public void FromJson_refuses_what_is_not_a_district(string json)
        {
            Assert.Throws<FormatException>(() => FakeDistrict.FromJson(json));
        }

        [Test]
        public void Records_returns_copies_that_do_not_change_the_district()
        {
            var district = FakeDistrict.FromJson(Seed);
            var copy = district.RecordObjects("users").First();
            copy["givenName"] = "Mutated";
            Assert.That((string?)district.FindRecord("users", (string)copy["sourcedId"]!)!["givenName"], Is.Not.EqualTo("Mutated"));
        }

        [Test]
        public async Task A_loaded_district_is_served_as_given()
        {
            await using var fake = await RunningFake.StartAsync(data: FakeDistrict.FromJson(Seed));
            var students = await fake.Api.GetAsync(Paths.Rostering + "students");
            Assert.That(students.List("users").Select(u => (string?)u["sourcedId"]), Is.EqualTo(new[] { "u1" }));
            var ben = await fake.Api.GetAsync(Paths.Rostering + "users/u2");
            Assert.That((string?)ben.Body.SelectToken("user.roles[0].role"), Is.EqualTo("ext:tutor"));
            Assert.That((await fake.Api.GetAsync(Paths.Rostering + "schools/s1")).Status, Is.EqualTo(200));
        }
    }
}
