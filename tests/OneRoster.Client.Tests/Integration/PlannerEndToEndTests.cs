using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Query;
using OneRoster.Testing;
using OneRoster.Tests.Query;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// The planner end to end: a fake provider that enforces Timeback's filter limits (400 for three or
    /// more predicates or AND mixed with OR) and reads its in-list, a client with the Timeback profile, and compound filters.
    /// The stream must yield exactly what the full filter selects, and no request may break the limits.
    /// </summary>
    [TestFixture]
    public class PlannerEndToEndTests
    {
        private OneRosterFakeServer _fake = null!;
        private OneRosterClient _client = null!;

        [OneTimeSetUp]
        public async Task Start()
        {
            var district = FakeDistrict.Empty;
            foreach (var user in UserDataSet.Users)
            {
                district.Add(FakeCollections.Users, (Newtonsoft.Json.Linq.JObject)user.DeepClone());
            }
            _fake = await OneRosterFakeServer.StartAsync(district, new FakeServerOptions { TimebackFilterLimits = true, InListFilterOperator = true, DefaultPageSize = 10 });
            var options = _fake.CreateClientOptions();
            options.Provider = OneRosterProvider.Timeback with { MaxPageSize = 25 };
            _client = new OneRosterClient(options);
        }

        [OneTimeTearDown]
        public async Task Stop()
        {
            _client.Dispose();
            await _fake.DisposeAsync();
        }

        public static IEnumerable<TestCaseData> Scenarios() =>
            PlannerScenarios.All.Select((f, i) => new TestCaseData(f).SetArgDisplayNames($"#{i + 1} {Shorten(f.ToString())}"));

        [Test]
        public void There_are_at_least_30_scenarios() => Assert.That(PlannerScenarios.All, Has.Count.GreaterThanOrEqualTo(30));

        [TestCaseSource(nameof(Scenarios))]
        public async Task Stream_yields_exactly_the_records_the_full_filter_selects(Filter filter)
        {
            _fake.RequestLog.Clear();
            var expected = UserDataSet.Users.Where(filter.Matches).Select(u => (string)u["sourcedId"]!).OrderBy(id => id, StringComparer.Ordinal).ToList();

            var streamed = new List<string>();
            await foreach (var user in _client.Users.StreamAsync(q => q.Where(filter)))
            {
                streamed.Add(user.SourcedId!);
            }

            Assert.That(streamed, Is.Unique, "no duplicates");
            Assert.That(streamed.OrderBy(id => id, StringComparer.Ordinal), Is.EqualTo(expected));
            var rejected = _fake.RequestLog.Where(r => r.StatusCode >= 400).ToList();
            Assert.That(rejected, Is.Empty, "requests the provider rejected: " + string.Join(", ", rejected.Select(r => r.PathAndQuery)));
            Assert.That(_fake.RequestLog.Count, Is.GreaterThan(0));
        }

        [TestCaseSource(nameof(Scenarios))]
        public async Task List_page_holds_only_matching_records_and_says_when_it_filtered_client_side(Filter filter)
        {
            var plan = QueryPlanner.Plan(filter, FilterCapabilities.Timeback);

            var page = await _client.Users.ListAsync(q => q.Where(filter).Limit(50));

            Assert.That(page.Items.All(u => filter.Matches(Newtonsoft.Json.Linq.JObject.FromObject(u, OneRoster.Serialization.OneRosterJson.CreateSerializer()))), Is.True);
            Assert.That(page.IsFilteredClientSide, Is.EqualTo(plan.NeedsClientWork));
        }

        private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
    }
}
