using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Records;
using OneRoster.Cli.Tests.Support;

namespace OneRoster.Cli.Tests.Commands
{
    [TestFixture]
    public class ListCommandTests : FakeProviderFixture
    {
        [Test]
        public async Task List_users_prints_a_table_of_the_default_columns()
        {
            var result = await Tool().RunAsync("list", "users", "--max", "4");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Snapshot.Match("list-users-table", result.Output);
            Assert.That(result.Error, Is.Empty);
        }

        [Test]
        public async Task List_with_fields_sort_and_csv_writes_those_columns_in_that_order()
        {
            var result = await Tool().RunAsync("list", "users", "--fields", "sourcedId,familyName", "--sort", "familyName", "--order", "desc", "--max", "5", "--format", "csv");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            var lines = result.Output.TrimEnd('\n').Split('\n');
            Assert.That(lines[0], Is.EqualTo("sourcedId,familyName"));
            Assert.That(lines, Has.Length.EqualTo(6));
            var names = lines.Skip(1).Select(l => l.Split(',')[1]).ToList();
            Assert.That(names, Is.Ordered.Descending.Using((System.Collections.Generic.IComparer<string>)System.StringComparer.Ordinal));
            var sent = Fake.RequestLog.Last(r => r.OperationId == "getAllUsers").PathAndQuery;
            Assert.That(sent, Does.Contain("sort=familyName").And.Contain("orderBy=desc").And.Contain("fields=sourcedId%2CfamilyName"));
        }

        [Test]
        public async Task List_with_a_filter_sends_it_and_prints_only_matching_records_as_json()
        {
            var result = await Tool().RunAsync("list", "users", "--filter", "roles.role='teacher'", "--json");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            var users = JArray.Parse(result.Output);
            var expected = Fake.Data.Records("users").Select(JObject.Parse).Count(u => u["roles"]!.Any(r => (string?)r["role"] == "teacher"));
            Assert.That(users, Has.Count.EqualTo(expected).And.Count.GreaterThan(0));
            Assert.That(users.Select(u => u["roles"]!.Select(r => (string?)r["role"])), Has.All.Contains("teacher"));
        }

        [Test]
        public async Task List_streams_every_page_until_the_data_ends()
        {
            var result = await Tool().RunAsync("list", "enrollments", "--format", "json");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Assert.That(JArray.Parse(result.Output), Has.Count.EqualTo(Fake.Data.Count("enrollments")));
        }

        [Test]
        public async Task List_classes_of_a_school_reads_the_nested_list()
        {
            var school = (string)JObject.Parse(Fake.Data.Records("schools").First())["sourcedId"]!;

            var result = await Tool().RunAsync("list", "classes", "--school", school, "--json");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Assert.That(JArray.Parse(result.Output), Is.Not.Empty);
            Assert.That(Fake.RequestLog.Any(r => r.OperationId == "getClassesForSchool" && r.PathAndQuery.Contains($"/schools/{school}/classes")), Is.True);
        }

        [Test]
        public async Task Verbose_shows_each_request_with_its_id_and_time_and_never_a_secret_or_token()
        {
            var result = await Tool().RunAsync("list", "users", "--max", "1", "--json", "--verbose");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Assert.That(result.Error, Does.Match(@"verbose: OneRoster GET /ims/oneroster/rostering/v1p2/users\?limit=1&offset=0 answered 200 in \d+ ms \(attempt 1, request id [0-9a-f-]{36}\)"));
            Assert.That(result.Error, Does.Contain("verbose: OneRoster fetched an access token"));
            Assert.That(result.Error, Does.Not.Contain(Fake.ClientSecret).And.Not.Contain("Bearer").And.Not.Contain("access_token"));
            Assert.That(JArray.Parse(result.Output), Has.Count.EqualTo(1), "verbose lines never reach stdout");
        }

        [Test]
        public async Task Json_that_fails_part_way_is_left_unclosed()
        {
            var run = Tool();
            run.Environment[OneRosterClientOptions.ClientSecretVariable] = "wrong";

            var result = await run.RunAsync("list", "users", "--json");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Provider));
            Assert.That(result.Output.Trim(), Is.EqualTo("["), "an array closed after a failure would read as a complete, empty answer");
        }

        [Test]
        public async Task Collection_names_are_matched_in_any_case_and_in_kebab_case()
        {
            var result = await Tool().RunAsync("list", "Academic-Sessions", "--max", "1", "--json");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Assert.That(JArray.Parse(result.Output), Has.Count.EqualTo(1));
        }

        [TestCaseSource(nameof(EveryRoute))]
        public async Task Every_list_of_the_facade_is_reachable(string collection, string[] scopeArguments)
        {
            var args = new[] { "list", collection, "--max", "2", "--json" }.Concat(scopeArguments).ToArray();

            var result = await Tool().RunAsync(args);

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Assert.That(JToken.Parse(result.Output), Is.TypeOf<JArray>());
        }

        private static System.Collections.Generic.IEnumerable<TestCaseData> EveryRoute()
        {
            // Ids of the seeded district (seed 42): the first school, class, course, term, teacher and line item.
            var ids = new System.Collections.Generic.Dictionary<Scope, string>
            {
                [Scope.School] = "org-0002", [Scope.Class] = "cls-0001", [Scope.Course] = "crs-0001", [Scope.Term] = "as-0002",
                [Scope.User] = "usr-0001", [Scope.Student] = "usr-0004", [Scope.Teacher] = "usr-0001", [Scope.LineItem] = "li-0001",
            };
            foreach (var route in CollectionCatalog.All)
            {
                var scopeArguments = route.Scopes.SelectMany(s => new[] { ScopeNames.OptionOf(s), ids[s] }).ToArray();
                yield return new TestCaseData(route.Name, scopeArguments).SetArgDisplayNames(string.Join(" ", new[] { route.Name }.Concat(scopeArguments)));
            }
        }
    }
}
