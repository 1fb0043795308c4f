using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Tests.Support;

namespace OneRoster.Cli.Tests.Commands
{
    /// <summary>Bad input is refused with exit code 2 and a message saying what to fix, before any request is sent.</summary>
    [TestFixture]
    public class BadInputTests : FakeProviderFixture
    {
        [Test]
        public async Task Unknown_collection_lists_the_collections()
        {
            var result = await Tool().RunAsync("list", "widgets");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.StartWith("error: 'widgets' is not a collection. Collections: users, students, teachers, classes,"));
        }

        [Test]
        public async Task Bad_filter_text_shows_the_caret_under_the_fault_and_sends_nothing()
        {
            Fake.RequestLog.Clear();

            var result = await Tool().RunAsync("list", "users", "--filter", "status='active' AND");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Is.EqualTo(
                "error: --filter: Expected a predicate (field, operator, quoted value) or '(' (position 19).\n" +
                "  status='active' AND\n" +
                "                     ^\n"));
            Assert.That(Fake.RequestLog, Is.Empty);
        }

        [Test]
        public async Task Bad_filter_with_json_gives_the_position_in_a_json_error()
        {
            var result = await Tool().RunAsync("list", "users", "--filter", "givenName~", "--json");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            var error = JObject.Parse(result.Error)["error"]!;
            Assert.That((string?)error["kind"], Is.EqualTo("bad-filter"));
            Assert.That((int?)error["exitCode"], Is.EqualTo(2));
            Assert.That((int?)error["position"], Is.EqualTo(10));
            Assert.That(result.Output, Is.Empty);
        }

        [Test]
        public async Task Missing_credentials_say_which_variables_or_profile_to_set()
        {
            var result = await Unconfigured().RunAsync("list", "users");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("No provider is configured").And.Contain("ONEROSTER_CLIENT_ID").And.Contain("oneroster config set default"));
        }

        [Test]
        public async Task A_missing_secret_is_named_without_any_request()
        {
            var run = Tool();
            run.Environment.Remove(OneRosterClientOptions.ClientSecretVariable);
            Fake.RequestLog.Clear();

            var result = await run.RunAsync("list", "users");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("the ONEROSTER_* variables are not usable").And.Contain("ClientSecret is missing"));
            Assert.That(Fake.RequestLog, Is.Empty);
        }

        [Test]
        public async Task A_nested_list_under_the_wrong_parent_says_which_parents_it_takes()
        {
            var result = await Tool().RunAsync("list", "gradingPeriods", "--school", "org-0002");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Is.EqualTo("error: gradingPeriods cannot be listed with --school; it can be listed alone, or with --term ID.\n"));
        }

        [Test]
        public async Task Unknown_option_is_a_usage_error_with_a_help_hint()
        {
            var result = await Tool().RunAsync("list", "users", "--colour");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("--colour").And.Contain("Run 'oneroster list --help' for usage."));
        }

        [Test]
        public async Task Max_below_one_is_refused()
        {
            var result = await Tool().RunAsync("list", "users", "--max", "0");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Is.EqualTo("error: --max must be at least 1 (was 0).\n"));
        }

        [Test]
        public async Task Bad_field_name_is_refused_before_a_request()
        {
            Fake.RequestLog.Clear();

            var result = await Tool().RunAsync("list", "users", "--fields", "given name");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), result.ToString());
            Assert.That(Fake.RequestLog.Where(r => r.OperationId == "getAllUsers"), Is.Empty);
        }
    }
}
