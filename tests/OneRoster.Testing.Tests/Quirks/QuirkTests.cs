using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Testing.Tests.Support;

namespace OneRoster.Testing.Tests.Quirks
{
    /// <summary>Each quirk switch of <see cref="FakeServerOptions"/> does what it says, and only when switched on.</summary>
    public class QuirkTests
    {
        private const string Users = Paths.Rostering + "users";

        [Test]
        public async Task LimitCap_silently_reduces_a_larger_limit_and_links_use_the_applied_one()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { LimitCap = 25 });
            var api = fake.Api;
            var page = await api.GetAsync(Users + "?limit=80");
            Assert.That(page.Status, Is.EqualTo(200));
            Assert.That(page.List("users"), Has.Count.EqualTo(25));
            Assert.That(LinkHeader.Parse(page.Header("Link"))["next"], Does.EndWith("limit=25&offset=25"));
        }

        [Test]
        public async Task DefaultPageSize_applies_when_limit_is_omitted()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { DefaultPageSize = 10 });
            var api = fake.Api;
            Assert.That((await api.GetAsync(Users)).List("users"), Has.Count.EqualTo(10));
        }

        [Test]
        public async Task NoTotalCount_drops_X_Total_Count()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { NoTotalCount = true, BodyTotalCount = true });
            var api = fake.Api;
            var page = await api.GetAsync(Users + "?limit=10");
            Assert.That(page.Header("X-Total-Count"), Is.Null);
            Assert.That(page.Body.ContainsKey("totalCount"), Is.False);
            Assert.That(page.Header("Link"), Is.Not.Null);
        }

        [Test]
        public async Task NoTotalCount_with_NoLinkHeader_leaves_only_a_short_page_to_mark_the_end()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { NoTotalCount = true, NoLinkHeader = true });
            var api = fake.Api;
            var last = await api.GetAsync(Users + "?limit=30&offset=180");
            Assert.That(last.Header("X-Total-Count"), Is.Null);
            Assert.That(last.Header("Link"), Is.Null);
            Assert.That(last.List("users"), Has.Count.EqualTo(20));
            Assert.That((await api.GetAsync(Users + "?limit=30&offset=200")).List("users"), Is.Empty);
        }

        [Test]
        public async Task LinkOnlyPaging_sends_only_rel_next_and_nothing_on_the_last_page()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { LinkOnlyPaging = true, BodyTotalCount = true });
            var api = fake.Api;
            var first = await api.GetAsync(Users + "?limit=150");
            Assert.That(first.Header("X-Total-Count"), Is.Null);
            Assert.That(first.Body.ContainsKey("totalCount"), Is.False);
            Assert.That(LinkHeader.Parse(first.Header("Link")).Keys, Is.EqualTo(new[] { "next" }));
            var last = await api.GetAsync(Users + "?limit=150&offset=150");
            Assert.That(last.Header("Link"), Is.Null);
        }

        [Test]
        public async Task BodyTotalCount_adds_Timebacks_paging_facts_to_the_body()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { BodyTotalCount = true });
            var api = fake.Api;
            var body = (await api.GetAsync(Users + "?limit=30&offset=60")).Body;
            Assert.That(((int)body["totalCount"]!, (int)body["pageCount"]!, (int)body["pageNumber"]!, (int)body["offset"]!, (int)body["limit"]!),
                Is.EqualTo((200, 7, 3, 60, 30)));
        }

        [Test]
        public async Task IgnoreOffset_answers_every_offset_with_the_first_page()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { IgnoreOffset = true });
            var api = fake.Api;
            var first = await api.GetAsync(Users + "?limit=5");
            var later = await api.GetAsync(Users + "?limit=5&offset=50");
            Assert.That(Ids(later.List("users")), Is.EqualTo(Ids(first.List("users"))));
        }

        [Test]
        public async Task Latency_delays_every_answer()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { Latency = TimeSpan.FromMilliseconds(150) });
            var api = fake.Api;
            var watch = Stopwatch.StartNew();
            await api.GetAsync(Users + "?limit=1");
            Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(140)));
        }

        [Test]
        public async Task RateLimitEvery_answers_each_Nth_API_request_429_with_Retry_After()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { RateLimitEvery = 3, RetryAfter = TimeSpan.FromSeconds(2.5) });
            var api = fake.Api;
            var statuses = new List<int>();
            ApiResponse? limited = null;
            for (var i = 0; i < 7; i++)
            {
                var response = await api.GetAsync(Users + "?limit=1");
                statuses.Add(response.Status);
                limited = response.Status == 429 ? response : limited;
            }
            Assert.That(statuses, Is.EqualTo(new[] { 200, 200, 429, 200, 200, 429, 200 }));
            Assert.That(limited!.Header("Retry-After"), Is.EqualTo("3"));
            Assert.That(limited.CodeMinor, Is.EqualTo("server_busy"));
        }

        [Test]
        public async Task ServerErrorBurst_alone_fails_the_first_N_API_requests()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { ServerErrorBurst = 2 });
            var api = fake.Api;
            Assert.That(await StatusesAsync(api, 4), Is.EqualTo(new[] { 503, 503, 200, 200 }));
        }

        [Test]
        public async Task ServerErrorEvery_repeats_the_burst_every_M_requests_with_the_configured_status()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { ServerErrorBurst = 2, ServerErrorEvery = 4, ServerErrorStatusCode = 500 });
            var api = fake.Api;
            Assert.That(await StatusesAsync(api, 9), Is.EqualTo(new[] { 200, 200, 200, 500, 500, 200, 200, 500, 500 }));
        }

        [Test]
        public async Task FailNextRequests_starts_a_burst_at_run_time()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions());
            var api = fake.Api;
            fake.Server.FailNextRequests(2, 502);
            Assert.That(await StatusesAsync(api, 3), Is.EqualTo(new[] { 502, 502, 200 }));
        }

        [TestCase("roles.role='student' AND grades='09' AND enabledUser='true'")]
        [TestCase("roles.role='student' AND grades='09' OR roles.role='teacher'")]
        public async Task TimebackFilterLimits_rejects_more_than_two_predicates_or_AND_mixed_with_OR(string filter)
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { TimebackFilterLimits = true });
            var api = fake.Api;
            var response = await api.GetAsync(Users + "?filter=" + Uri.EscapeDataString(filter));
            Assert.That(response.Status, Is.EqualTo(400));
            Assert.That(response.CodeMinor, Is.EqualTo("invalid_filter_field"));
            var two = await api.GetAsync(Users + "?filter=" + Uri.EscapeDataString("roles.role='student' AND grades='09'"));
            Assert.That(two.Status, Is.EqualTo(200));

            await using var plain = await RunningFake.StartAsync(new FakeServerOptions());
            var plainApi = plain.Api;
            Assert.That((await plainApi.GetAsync(Users + "?filter=" + Uri.EscapeDataString(filter))).Status, Is.EqualTo(200), "off by default");
        }

        [Test]
        public async Task InListFilterOperator_selects_records_equal_to_one_of_the_values_and_is_400_when_off()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { InListFilterOperator = true });
            var all = (await fake.Api.GetAsync(Users + "?limit=200")).List("users");
            var wanted = all.Take(3).Select(u => (string)u["sourcedId"]!).ToList();
            var inList = "sourcedId@'" + string.Join(",", wanted) + ",no-such-user'";

            var listed = (await fake.Api.GetAsync(Users + "?limit=200&filter=" + Uri.EscapeDataString(inList))).List("users");
            var beside = (await fake.Api.GetAsync(Users + "?limit=200&filter=" + Uri.EscapeDataString(inList + " AND status='tobedeleted'"))).List("users");

            Assert.That(Ids(listed), Is.EquivalentTo(wanted));
            Assert.That(beside, Is.Empty);
            await using var plain = await RunningFake.StartAsync(new FakeServerOptions());
            var refused = await plain.Api.GetAsync(Users + "?filter=" + Uri.EscapeDataString(inList));
            Assert.That((refused.Status, refused.CodeMinor), Is.EqualTo((400, "invalid_filter_field")), "off by default, as 1.2 has no '@'");
        }

        [Test]
        public async Task NonSpecEnums_gives_every_third_record_values_outside_the_spec_consistently()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { NonSpecEnums = true });
            var api = fake.Api;
            var classes = (await api.GetAsync(Paths.Rostering + "classes?limit=300")).List("classes");
            var odd = classes.Where(c => (string?)c["classType"] == "ext:online").ToList();
            Assert.That(odd.Count, Is.InRange(classes.Count / 5, classes.Count / 2));
            var again = (await api.GetAsync(Paths.Rostering + "classes?limit=300&filter=" + Uri.EscapeDataString("classType='ext:online'"))).List("classes");
            Assert.That(Ids(again), Is.EqualTo(Ids(odd)), "stable across reads, and filters see the sent values");
            var users = (await api.GetAsync(Users + "?limit=200")).List("users");
            Assert.That(users.Any(u => u["roles"]!.Any(r => (string?)r["role"] == "ext:tutor")), Is.True);
            var results = (await api.GetAsync(Paths.Gradebook + "results?limit=100")).List("results");
            Assert.That(results.Any(r => (string?)r["scoreStatus"] == "ext:excused"), Is.True);
        }

        [Test]
        public async Task Records_carry_only_spec_vocabulary_by_default()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions());
            var api = fake.Api;
            var classes = (await api.GetAsync(Paths.Rostering + "classes?limit=300")).List("classes");
            Assert.That(classes.Select(c => (string?)c["classType"]), Is.All.AnyOf("scheduled", "homeroom"));
        }

        [Test]
        public async Task JsonBooleans_sends_the_binding_string_flags_as_JSON_booleans_and_filters_still_match()
        {
            await using var plain = await RunningFake.StartAsync(new FakeServerOptions());
            var plainApi = plain.Api;
            var asDeclared = (await plainApi.GetAsync(Users + "/usr-0001")).Body["user"]!["enabledUser"]!;
            Assert.That(asDeclared.Type, Is.EqualTo(JTokenType.String), "the 1.2 binding declares the string \"true\"");

            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { JsonBooleans = true });
            var api = fake.Api;
            var user = (JObject)(await api.GetAsync(Users + "/usr-0001")).Body["user"]!;
            Assert.That(user["enabledUser"]!.Type, Is.EqualTo(JTokenType.Boolean));
            var enrollment = (await api.GetAsync(Paths.Rostering + "enrollments?limit=1")).List("enrollments")[0];
            Assert.That(enrollment["primary"]!.Type, Is.EqualTo(JTokenType.Boolean));
            var demographics = (await api.GetAsync(Paths.Rostering + "demographics?limit=1")).List("demographics")[0];
            Assert.That(demographics["white"]!.Type, Is.EqualTo(JTokenType.Boolean));
            var filtered = await api.GetAsync(Users + "?filter=" + Uri.EscapeDataString("enabledUser='true'"));
            Assert.That(filtered.List("users"), Is.Not.Empty);
        }

        [Test]
        public async Task StringBooleans_sends_every_JSON_boolean_of_stored_data_as_a_string()
        {
            var data = FakeDistrict.Empty.Add("students", JObject.Parse(
                "{\"sourcedId\": \"u1\", \"enabledUser\": true, \"metadata\": {\"ext:flags\": [false], \"ext:esl\": true}}"));
            await using var plain = await RunningFake.StartAsync(data: data);
            Assert.That((await plain.Api.GetAsync(Users + "/u1")).Body.SelectToken("user.enabledUser")!.Type, Is.EqualTo(JTokenType.Boolean), "sent as stored");

            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { StringBooleans = true }, data);
            var user = (await fake.Api.GetAsync(Users + "/u1")).Body["user"]!;
            Assert.That(user["enabledUser"], Is.EqualTo(new JValue("true")));
            Assert.That(user.SelectToken("metadata.ext:esl"), Is.EqualTo(new JValue("true")));
            Assert.That(user.SelectToken("metadata.ext:flags[0]"), Is.EqualTo(new JValue("false")));
        }

        [Test]
        public async Task SourcedIdPairs_SingleObject_answers_single_creates_with_one_pair_object()
        {
            await using var fake = await RunningFake.StartAsync(new FakeServerOptions { SourcedIdPairs = SourcedIdPairsShape.SingleObject });
            var api = fake.Api;
            var created = await api.PostAsync(Paths.Rostering + "courses", new JObject { ["course"] = new JObject { ["sourcedId"] = "c-1", ["title"] = "X" } });
            Assert.That(created.Body["sourcedIdPairs"], Is.TypeOf<JObject>());
            Assert.That((string?)created.Body.SelectToken("sourcedIdPairs.allocatedSourcedId"), Is.EqualTo("c-1"));
        }

        [Test]
        public async Task The_Timeback_preset_combines_body_totals_filter_limits_and_single_pairs()
        {
            var options = FakeServerOptions.Timeback();
            Assert.That((options.BodyTotalCount, options.TimebackFilterLimits, options.SourcedIdPairs), Is.EqualTo((true, true, SourcedIdPairsShape.SingleObject)));
            await using var fake = await RunningFake.StartAsync(options);
            var api = fake.Api;
            Assert.That((int?)(await api.GetAsync(Users + "?limit=1")).Body["totalCount"], Is.EqualTo(200));
        }

        [Test]
        public void Options_that_cannot_work_are_rejected_at_start_with_every_problem_listed()
        {
            var options = new FakeServerOptions
            {
                DefaultPageSize = 0, RateLimitEvery = 1, ServerErrorBurst = 5, ServerErrorEvery = 3, ServerErrorStatusCode = 404, JsonBooleans = true, StringBooleans = true,
            };
            Assert.That(options.GetValidationErrors(), Has.Count.EqualTo(5));
            var error = Assert.ThrowsAsync<ArgumentException>(() => OneRosterFakeServer.StartAsync(FakeDistrict.Empty, options));
            Assert.That(error!.Message, Does.Contain("DefaultPageSize").And.Contain("RateLimitEvery").And.Contain("ServerErrorStatusCode"));
        }

        private static async Task<List<int>> StatusesAsync(FakeApi api, int count)
        {
            var statuses = new List<int>();
            for (var i = 0; i < count; i++)
            {
                statuses.Add((await api.GetAsync(Users + "?limit=1")).Status);
            }
            return statuses;
        }

        private static List<string?> Ids(IEnumerable<JToken> records) => records.Select(r => (string?)r["sourcedId"]).ToList();
    }
}
