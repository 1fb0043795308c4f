using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Tests.Support;
using OneRoster.Sync;

namespace OneRoster.Cli.Tests.Commands
{
    [TestFixture]
    public class SyncCommandTests : FakeProviderFixture
    {
        [Test]
        public async Task A_first_sync_mirrors_everything_and_a_second_reads_only_changes()
        {
            var database = TempPath("roster.db");

            var first = await Tool().RunAsync("sync", "--store", "sqlite:" + database, "--collections", "orgs,users", "--json");
            var second = await Tool().RunAsync("sync", "--store", "sqlite:" + database, "--collections", "orgs,users", "--json");

            Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Ok), first.ToString());
            var users = JObject.Parse(first.Output)["collections"]!.Single(c => (string?)c["collection"] == "users");
            Assert.That((string?)users["mode"], Is.EqualTo("initial"));
            Assert.That((long?)users["inserted"], Is.EqualTo(Fake.Data.Count("users")));
            await using (var store = new SqliteRosterStore(database))
            {
                Assert.That(await store.CountAsync("default", SyncCollection.Users), Is.EqualTo(Fake.Data.Count("users")));
            }

            Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Ok), second.ToString());
            var again = JObject.Parse(second.Output)["collections"]!.Single(c => (string?)c["collection"] == "users");
            Assert.That((string?)again["mode"], Is.EqualTo("delta"));
            Assert.That((long?)again["inserted"], Is.Zero);
        }

        [Test]
        public async Task Sync_prints_a_summary_table_and_progress_only_on_a_terminal()
        {
            var onTerminal = await Tool(errorIsTerminal: true).RunAsync("sync", "--store", "sqlite:" + TempPath("a.db"), "--collections", "orgs,courses");
            var piped = await Tool().RunAsync("sync", "--store", "sqlite:" + TempPath("b.db"), "--collections", "orgs,courses");

            Assert.That(onTerminal.ExitCode, Is.EqualTo(ExitCodes.Ok), onTerminal.ToString());
            Assert.That(onTerminal.Error, Does.Contain("courses"));
            Assert.That(piped.Error, Is.Empty);
            Assert.That(piped.Output, Does.Contain("| collection | mode").And.Contain("| courses").And.Contain("initial"));
            Assert.That(piped.Output, Does.Contain("Tenant 'default':"));
        }

        [Test]
        public async Task Sync_into_postgresql_mirrors_the_collections_in_the_schema_given()
        {
            var connection = System.Environment.GetEnvironmentVariable("ONEROSTER_TEST_POSTGRES");
            if (string.IsNullOrEmpty(connection))
            {
                if (System.Environment.GetEnvironmentVariable("ONEROSTER_TEST_POSTGRES_REQUIRED") == "1")
                {
                    Assert.Fail("ONEROSTER_TEST_POSTGRES is not set (start a server: export ONEROSTER_TEST_POSTGRES=\"$(bash build/postgres.sh start)\").");
                }
                Assert.Ignore("No PostgreSQL: export ONEROSTER_TEST_POSTGRES=\"$(bash build/postgres.sh start)\" to run this test.");
            }
            var schema = "cli_" + System.Guid.NewGuid().ToString("N")[..12];

            var result = await Tool().RunAsync("sync", "--store", "postgres:" + connection, "--schema", schema, "--collections", "orgs,users", "--json");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            await using var store = new PostgresRosterStore(connection, schema);
            Assert.That(await store.CountAsync("default", SyncCollection.Users), Is.EqualTo(Fake.Data.Count("users")));
            Assert.That(result.Output + result.Error, Does.Not.Contain(connection));
        }

        [Test]
        public async Task A_store_that_is_not_one_is_refused_without_repeating_a_connection_string()
        {
            var result = await Tool().RunAsync("sync", "--store", "mysql:Server=x;Password=hunter2");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("is not a store").And.Not.Contain("hunter2"));
        }

        [Test]
        public async Task An_unknown_collection_is_refused()
        {
            var result = await Tool().RunAsync("sync", "--store", "sqlite:" + TempPath("c.db"), "--collections", "widgets");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("'widgets' is not a collection OneRoster.Sync mirrors"));
        }
    }
}
