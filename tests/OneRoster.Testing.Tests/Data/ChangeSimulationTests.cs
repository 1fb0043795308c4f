using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Query;

namespace OneRoster.Testing.Tests.Data
{
    /// <summary>Change simulation: each change stamps dateLastModified, and a delta filter over HTTP finds exactly the changed records.</summary>
    public class ChangeSimulationTests
    {
        private static readonly DateTimeOffset Now = new(2026, 4, 1, 9, 30, 0, 250, TimeSpan.Zero);

        private static JObject Parse(string json) =>
            JObject.Load(new Newtonsoft.Json.JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None });

        [Test]
        public void Change_replaces_and_removes_fields_and_stamps_the_clock_time()
        {
            var district = FakeDistrict.Generate(users: 20);
            district.Clock = new FakeTimeProvider(Now);

            district.Change("users", "usr-0003", """{"email":"ada@example.org","middleName":null,"grades":["07"]}""");

            var user = Parse(district.Find("users", "usr-0003")!);
            Assert.That((string?)user["email"], Is.EqualTo("ada@example.org"));
            Assert.That(user.ContainsKey("middleName"), Is.False);
            Assert.That(user["grades"]!.ToObject<string[]>(), Is.EqualTo(new[] { "07" }));
            Assert.That((string?)user["dateLastModified"], Is.EqualTo("2026-04-01T09:30:00.250Z"));
            Assert.That((string?)user["givenName"], Is.EqualTo(Parse(FakeDistrict.Generate(users: 20).Find("users", "usr-0003")!)["givenName"]!.ToString()));
        }

        [Test]
        public void Touch_tombstone_and_add_new_stamp_the_clock_time()
        {
            var district = FakeDistrict.Generate(users: 20);
            district.Clock = new FakeTimeProvider(Now);
            var before = Parse(district.Find("users", "usr-0004")!);

            district.Touch("users", "usr-0004").Tombstone("users", "usr-0005").AddNew("students", """{"sourcedId":"u-new","givenName":"Ada"}""");

            var touched = Parse(district.Find("users", "usr-0004")!);
            before["dateLastModified"] = "2026-04-01T09:30:00.250Z";
            Assert.That(JToken.DeepEquals(touched, before), Is.True, "only the stamp moved");
            var tombstone = Parse(district.Find("users", "usr-0005")!);
            Assert.That(((string?)tombstone["status"], (string?)tombstone["dateLastModified"]), Is.EqualTo(("tobedeleted", "2026-04-01T09:30:00.250Z")));
            Assert.That(district.Count("users"), Is.EqualTo(21), "a tombstone stays listed");
            var added = Parse(district.Find("students", "u-new")!);
            Assert.That(((string?)added["status"], (string?)added["dateLastModified"], (string?)added["roles"]![0]!["role"]), Is.EqualTo(("active", "2026-04-01T09:30:00.250Z", "student")));
        }

        [Test]
        public void Changing_a_missing_record_or_its_sourcedId_is_refused()
        {
            var district = FakeDistrict.Generate(users: 5);
            Assert.That(() => district.Change("users", "nobody", "{}"), Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("nobody"));
            Assert.That(() => district.Tombstone("users", "nobody"), Throws.TypeOf<KeyNotFoundException>());
            Assert.That(() => district.Change("users", "usr-0001", """{"sourcedId":"other"}"""), Throws.ArgumentException);
            Assert.That(() => district.Change("users", "usr-0001", "[1]"), Throws.ArgumentException);
        }

        [Test]
        public async Task A_delta_filter_over_http_returns_exactly_the_records_changed_since()
        {
            var clock = new FakeTimeProvider(Now);
            var district = FakeDistrict.Generate(users: 300);
            district.Clock = clock;
            await using var fake = await OneRosterFakeServer.StartAsync(district);
            using var client = new OneRosterClient(fake.CreateClientOptions());
            district.Change("users", "usr-0010", """{"givenName":"Early"}""");
            clock.Advance(TimeSpan.FromMinutes(10));
            district.Change("users", "usr-0020", """{"givenName":"Later"}""").Tombstone("users", "usr-0030");
            var answered = new List<string?>();
            fake.RequestLog.Answered += r => answered.Add(r.OperationId);

            var since = await client.Users.ToListAsync(q => q.Where(Filter.Field("dateLastModified").GreaterThan("2026-04-01T09:35:00.000Z")));

            Assert.That(since.Select(u => u.SourcedId), Is.EquivalentTo(new[] { "usr-0020", "usr-0030" }));
            Assert.That(answered, Does.Contain("getAllUsers"));
            Assert.That(answered.Count, Is.EqualTo(fake.RequestLog.Count), "raised once per logged request");
        }
    }
}
