using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Query;
using OneRoster.Testing;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// Exact cases where the client, evaluating a filter itself, answers differently from the fake's independent
    /// oracle, and the oracle follows docs/filtering.md. The fake's answers are pinned; the client's are the
    /// ignored test below, kept failing until the client is fixed.
    /// </summary>
    [TestFixture]
    public class ClientEvaluationFindingsTests
    {
        private const string District = """
            {
              "users": [
                { "sourcedId": "f1", "dateLastModified": "2024-05-01", "metadata": { "ext:when": "2024-05-01 1:45 PM" } },
                { "sourcedId": "f2", "dateLastModified": "2024-05-01T13:45:00Z", "metadata": { "ext:when": "2024-05-01T13:45:00Z" } }
              ],
              "results": [
                { "sourcedId": "s1", "score": 70.1, "scoreDate": "2024-05-01" },
                { "sourcedId": "s2", "score": 87.3, "scoreDate": "2024-05-01T10:00:00Z" }
              ]
            }
            """;

        private OneRosterFakeServer _fake = null!;
        private OneRosterClient _server = null!;
        private OneRosterClient _local = null!;

        [OneTimeSetUp]
        public async Task Start()
        {
            _fake = await OneRosterFakeServer.StartAsync(FakeDistrict.FromJson(District));
            _server = new OneRosterClient(_fake.CreateClientOptions());
            var options = _fake.CreateClientOptions();
            options.Provider = OneRosterProvider.Standard with
            {
                FilterCapabilities = FilterCapabilities.Standard with { SupportedOperators = new HashSet<FilterOperator>() },
            };
            _local = new OneRosterClient(options);
        }

        [OneTimeTearDown]
        public async Task Stop()
        {
            _server.Dispose();
            _local.Dispose();
            await _fake.DisposeAsync();
        }

        public static IEnumerable<TestCaseData> Cases()
        {
            // The evaluator reads text that is not ISO 8601 as a date-time (its BCL fallback accepts "1:45 PM"),
            // so a metadata string equals an instant it only resembles.
            yield return Case(FakeCollections.Users, "metadata.ext:when='2024-05-01T13:45:00Z'", "f2").SetArgDisplayNames("non-ISO text read as a date-time");
            // Result.score is a float in the DTO: 70.1 becomes 70.09999847..., 87.3 becomes 87.30000305...
            yield return Case(FakeCollections.Results, "score>='70.1'", "s1", "s2").SetArgDisplayNames("float score, >=");
            yield return Case(FakeCollections.Results, "score='87.3'", "s2").SetArgDisplayNames("float score, =");
            yield return Case(FakeCollections.Results, "score>'87.3'").SetArgDisplayNames("float score, >");
            // The client evaluates its DTO written back to JSON, not the record the provider sent: a date-time sent
            // where a date is declared is cut to its date, a date sent where a date-time is declared gains a time.
            yield return Case(FakeCollections.Results, "scoreDate='2024-05-01'", "s1").SetArgDisplayNames("date-time in a date field");
            yield return Case(FakeCollections.Users, "dateLastModified~'T'", "f2").SetArgDisplayNames("date in a date-time field");
        }

        [TestCaseSource(nameof(Cases))]
        public async Task The_fake_answers_as_the_filtering_docs_say(string collection, string filter, string[] expected) =>
            Assert.That(await IdsAsync(_server, collection, filter), Is.EqualTo(expected));

        [TestCaseSource(nameof(Cases))]
        [Ignore("client bug: client-side evaluation reads non-ISO text as date-times and evaluates the DTO re-serialized (float score, re-typed dates) instead of the record as sent")]
        public async Task The_client_evaluating_the_filter_itself_answers_the_same(string collection, string filter, string[] expected) =>
            Assert.That(await IdsAsync(_local, collection, filter), Is.EqualTo(expected));

        private static TestCaseData Case(string collection, string filter, params string[] expected) => new(collection, filter, expected);

        private static async Task<List<string>> IdsAsync(OneRosterClient client, string collection, string filter) =>
            collection == FakeCollections.Users
                ? (await client.Users.ToListAsync(q => q.Where(filter))).Select(u => u.SourcedId!).ToList()
                : (await client.Results.ToListAsync(q => q.Where(filter))).Select(r => r.SourcedId!).ToList();
    }
}
