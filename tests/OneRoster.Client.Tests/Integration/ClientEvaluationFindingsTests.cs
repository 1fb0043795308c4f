using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Query;
using OneRoster.Testing;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// Cases where the client, evaluating a filter itself, once answered differently from the fake's independent
    /// oracle (which follows docs/filtering.md), and the two documented cases where they still differ by design.
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
            // Text that is not ISO 8601 is not a date-time ("1:45 PM" was once read by the BCL's lenient parser),
            // so a metadata string does not equal an instant it only resembles.
            yield return Case(FakeCollections.Users, "metadata.ext:when='2024-05-01T13:45:00Z'", "f2").SetArgDisplayNames("non-ISO text read as a date-time");
            // Result.score is a float in the DTO: 70.1 is held as 70.09999847..., 87.3 as 87.30000305...; the client
            // compares the float's shortest text, which is what the provider sent.
            yield return Case(FakeCollections.Results, "score>='70.1'", "s1", "s2").SetArgDisplayNames("float score, >=");
            yield return Case(FakeCollections.Results, "score='87.3'", "s2").SetArgDisplayNames("float score, =");
            yield return Case(FakeCollections.Results, "score>'87.3'").SetArgDisplayNames("float score, >");
        }

        /// <summary>
        /// Where the client evaluates its typed record, not the text the provider sent (docs/filtering.md, "Client-side
        /// evaluation"): a date-time sent where a date is declared is read as its date, a date sent where a date-time
        /// is declared as midnight UTC. The fake compares the text as sent.
        /// </summary>
        public static IEnumerable<TestCaseData> TypedFieldCases()
        {
            yield return new TestCaseData(FakeCollections.Results, "scoreDate='2024-05-01'", new[] { "s1" }, new[] { "s1", "s2" }).SetArgDisplayNames("date-time in a date field");
            yield return new TestCaseData(FakeCollections.Users, "dateLastModified~'T'", new[] { "f2" }, new[] { "f1", "f2" }).SetArgDisplayNames("date in a date-time field");
        }

        [TestCaseSource(nameof(Cases))]
        public async Task The_fake_answers_as_the_filtering_docs_say(string collection, string filter, string[] expected) =>
            Assert.That(await IdsAsync(_server, collection, filter), Is.EqualTo(expected));

        [TestCaseSource(nameof(Cases))]
        public async Task The_client_evaluating_the_filter_itself_answers_the_same(string collection, string filter, string[] expected) =>
            Assert.That(await IdsAsync(_local, collection, filter), Is.EqualTo(expected));

        [TestCaseSource(nameof(TypedFieldCases))]
        public async Task On_a_mistyped_field_the_fake_reads_the_text_and_the_client_its_typed_record(string collection, string filter, string[] fake, string[] client)
        {
            Assert.That(await IdsAsync(_server, collection, filter), Is.EqualTo(fake));
            Assert.That(await IdsAsync(_local, collection, filter), Is.EqualTo(client));
        }

        private static TestCaseData Case(string collection, string filter, params string[] expected) => new(collection, filter, expected);

        private static async Task<List<string>> IdsAsync(OneRosterClient client, string collection, string filter) =>
            collection == FakeCollections.Users
                ? (await client.Users.ToListAsync(q => q.Where(filter))).Select(u => u.SourcedId!).ToList()
                : (await client.Results.ToListAsync(q => q.Where(filter))).Select(r => r.SourcedId!).ToList();
    }
}
