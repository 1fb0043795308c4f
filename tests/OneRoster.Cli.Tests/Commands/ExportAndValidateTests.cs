using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Tests.Support;
using OneRoster.Csv;
using OneRoster.Rostering;

namespace OneRoster.Cli.Tests.Commands
{
    [TestFixture]
    public class ExportAndValidateTests : FakeProviderFixture
    {
        [Test]
        public async Task Export_writes_every_record_of_the_chosen_collections_and_reports_the_rows()
        {
            var zip = TempPath("district.zip");

            var result = await Tool().RunAsync("export", "csv", "--out", zip, "--collections", "orgs,users", "--json");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            var rows = JObject.Parse(result.Output)["rows"]!;
            Assert.That((long?)rows["users.csv"], Is.EqualTo(Fake.Data.Count("users")));
            Assert.That((long?)rows["orgs.csv"], Is.EqualTo(Fake.Data.Count("orgs")));
            Assert.That(rows["classes.csv"], Is.Null);
            var bundle = await CsvBundle.OpenAsync(zip);
            var users = await bundle.ReadAsync(CsvFiles.Users).ToListAsync();
            Assert.That(users.Select(u => u.SourcedId), Is.EquivalentTo(Fake.Data.Records<User>("users").Select(u => u.SourcedId)));
        }

        [Test]
        public async Task Export_on_a_terminal_draws_a_bar_per_collection_on_stderr_and_the_summary_on_stdout()
        {
            var zip = TempPath("district.zip");

            var result = await Tool(errorIsTerminal: true).RunAsync("export", "csv", "--out", zip, "--collections", "courses,classes");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Assert.That(result.Error, Does.Contain("courses.csv").And.Contain("classes.csv").And.Contain("100%"));
            Assert.That(result.Output, Does.Contain("| classes.csv").And.Contain($"Wrote {zip}"));
            Assert.That(result.Output, Does.Not.Contain("%"));
        }

        [Test]
        public async Task Export_off_a_terminal_draws_no_progress()
        {
            var result = await Tool().RunAsync("export", "csv", "--out", TempPath("district.zip"), "--collections", "courses");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Assert.That(result.Error, Is.Empty);
        }

        [Test]
        public async Task Export_of_an_association_file_or_unknown_collection_is_refused()
        {
            var result = await Tool().RunAsync("export", "csv", "--out", TempPath("district.zip"), "--collections", "roles");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("'roles' cannot be exported").And.Contain("association files come with their owners"));
        }

        [Test]
        public async Task Validate_a_valid_bundle_exits_0_with_the_report()
        {
            var zip = TempPath("valid.zip");
            await Tool().RunAsync("export", "csv", "--out", zip, "--collections", "orgs,academicSessions");

            var result = await Tool().RunAsync("validate", zip);

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Assert.That(result.Output, Does.Contain("valid.zip (OneRoster 1.2): valid, 0 errors"));
        }

        [Test]
        public async Task Validate_a_bundle_with_violations_exits_1_and_json_gives_the_validators_report()
        {
            var zip = TempPath("invalid.zip");
            await Tool().RunAsync("export", "csv", "--out", zip, "--collections", "orgs,users");

            var text = await Tool().RunAsync("validate", zip);
            var json = await Tool().RunAsync("validate", zip, "--json");

            Assert.That(text.ExitCode, Is.EqualTo(ExitCodes.No));
            Assert.That(text.Output, Does.Contain("invalid").And.Contain("reference"));
            Assert.That(json.ExitCode, Is.EqualTo(ExitCodes.No));
            var report = JObject.Parse(json.Output);
            Assert.That((bool?)report["valid"], Is.False);
            Assert.That((int?)report["errors"], Is.GreaterThan(0));
            Assert.That(report["problems"]!.Select(p => (string?)p["rule"]), Has.All.Not.Null);
            Assert.That(report["problems"]![0]!.Value<string>("file"), Is.Not.Empty);
        }

        [Test]
        public async Task Validate_a_path_that_does_not_exist_is_bad_input()
        {
            var result = await Unconfigured().RunAsync("validate", TempPath("missing.zip"));

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("is neither a file nor a folder"));
        }
    }
}
