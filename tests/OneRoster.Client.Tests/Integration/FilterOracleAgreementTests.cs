using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Query;
using OneRoster.Testing;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// The fake provider evaluates <c>filter</c> with its own reader and evaluator; the client evaluates what a
    /// provider cannot with its own. Both run here on the same generated filters over <see cref="OracleDistrict"/>,
    /// through the public surface only: one client sends every filter whole (the fake's answer), the other
    /// describes a provider that supports no operator, so it sends no filter and evaluates each record itself.
    /// Both streams read the collection in the fake's order, so the same records must come in the same order.
    /// </summary>
    [TestFixture]
    public class FilterOracleAgreementTests
    {
        private static readonly FilterCapabilities NothingOnTheServer =
            FilterCapabilities.Standard with { SupportedOperators = new HashSet<FilterOperator>() };

        // Every operator, the in-list '@' included, so every generated filter goes to the fake whole.
        private static readonly FilterCapabilities EverythingOnTheServer =
            FilterCapabilities.Standard with { SupportedOperators = new HashSet<FilterOperator>(Enum.GetValues<FilterOperator>()) };

        private OneRosterFakeServer _fake = null!;
        private OneRosterClient _server = null!;
        private OneRosterClient _local = null!;
        private readonly HttpClient _http = new();

        [OneTimeSetUp]
        public async Task Start()
        {
            _fake = await OneRosterFakeServer.StartAsync(FakeDistrict.FromJson(OracleDistrict.Json), new FakeServerOptions { InListFilterOperator = true });
            _server = Client(OneRosterProvider.Standard with { Name = "Everything on the server", FilterCapabilities = EverythingOnTheServer });
            _local = Client(OneRosterProvider.Standard with { Name = "No server filters", FilterCapabilities = NothingOnTheServer });
        }

        [OneTimeTearDown]
        public async Task Stop()
        {
            _server.Dispose();
            _local.Dispose();
            _http.Dispose();
            await _fake.DisposeAsync();
        }

        /// <remarks>FsCheck's Property attribute supplies the argument, which the NUnit analyzer cannot see.</remarks>
#pragma warning disable NUnit1027
        [Property(MaxTest = 120, Arbitrary = new[] { typeof(OracleFilterArbitraries) })]
        public Property The_fake_and_the_client_select_the_same_records_in_the_same_order(OracleCase c)
        {
            var (byFake, fakeRequests) = Stream(_server, c);
            var (byClient, clientRequests) = Stream(_local, c);
            return byFake.SequenceEqual(byClient).Label($"fake [{string.Join(" ", byFake)}] vs client [{string.Join(" ", byClient)}]")
                .And(fakeRequests.All(r => r.Contains("filter=", StringComparison.Ordinal)).Label($"the fake was sent the filter: {string.Join(" ", fakeRequests)}"))
                .And(clientRequests.All(r => !r.Contains("filter=", StringComparison.Ordinal)).Label($"the client sent no filter: {string.Join(" ", clientRequests)}"))
                .Classify(byFake.Count == 0, "selects nothing")
                .Classify(byFake.Count == Count(c.Collection), "selects everything")
                .Classify(c.Filter.ToString().Contains('('), "parentheses");
        }

        /// <summary>
        /// Text as people type it, sent as is: the fake must reject exactly what the client's parser rejects
        /// (400 <c>invalid_filter_field</c>), and where both read it, select what the client selects for it.
        /// </summary>
        [Property(MaxTest = 150, Arbitrary = new[] { typeof(OracleFilterArbitraries) })]
        public Property Raw_filter_text_is_refused_or_answered_alike(RawFilterText raw)
        {
            var (status, body) = SendRawAsync(raw.Text).GetAwaiter().GetResult();
            if (!Filter.TryParse(raw.Text, out var filter))
            {
                return (status == 400 && body.Contains("invalid_filter_field", StringComparison.Ordinal))
                    .Label($"the client's parser refuses it; the fake answered {status} {body}")
                    .Classify(true, "refused");
            }
            var byFake = status == 200
                ? ((JArray)JObject.Parse(body)["users"]!).Select(u => (string)u["sourcedId"]!).ToList()
                : new List<string>();
            var (byClient, _) = Stream(_local, new OracleCase(FakeCollections.Users, filter));
            return (status == 200).Label($"the client's parser reads it as {filter}; the fake answered {status} {body}")
                .And(byFake.SequenceEqual(byClient).Label($"fake [{string.Join(" ", byFake)}] vs client [{string.Join(" ", byClient)}] for {filter}"))
                .Classify(true, "read");
        }
#pragma warning restore NUnit1027

        [Test]
        public void The_planner_sends_the_whole_filter_to_one_client_and_nothing_to_the_other()
        {
            var filter = Filter.Field("familyName").EqualTo("O'Brien").And(Filter.Field("roles.role").NotEqualTo("teacher").Or(Filter.Field("identifier").GreaterThan(10)));
            var whole = QueryPlanner.Plan(filter, FilterCapabilities.Standard);
            var none = QueryPlanner.Plan(filter, NothingOnTheServer);
            Assert.That((whole.ServerFilters, whole.Residual), Is.EqualTo((new[] { filter.ToString() }, (Filter?)null)));
            Assert.That((none.ServerFilters, none.Residual), Is.EqualTo((new string?[] { null }, filter)));
        }

        private static int Count(string collection) =>
            collection == FakeCollections.Users ? OracleDistrict.Users.Count : OracleDistrict.Results.Count;

        private (List<string> Ids, List<string> Requests) Stream(OneRosterClient client, OracleCase c)
        {
            _fake.RequestLog.Clear();
            var ids = c.Collection == FakeCollections.Users
                ? client.Users.ToListAsync(q => q.Where(c.Filter)).GetAwaiter().GetResult().Select(u => u.SourcedId!).ToList()
                : client.Results.ToListAsync(q => q.Where(c.Filter)).GetAwaiter().GetResult().Select(r => r.SourcedId!).ToList();
            var requests = _fake.RequestLog.Where(r => r.PathAndQuery.StartsWith("/ims/", StringComparison.Ordinal)).Select(r => r.PathAndQuery).ToList();
            return (ids, requests);
        }

        private async Task<(int Status, string Body)> SendRawAsync(string filter)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_fake.BaseUrl, "ims/oneroster/rostering/v1p2/users?limit=1000&filter=" + Uri.EscapeDataString(filter)));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _fake.IssueAccessToken());
            using var response = await _http.SendAsync(request);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        private OneRosterClient Client(OneRosterProvider provider)
        {
            var options = _fake.CreateClientOptions();
            options.Provider = provider;
            return new OneRosterClient(options);
        }
    }
}
