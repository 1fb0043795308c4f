using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Tests.Support;
using OneRoster.Rostering;
using OneRoster.Testing;

namespace OneRoster.Cli.Tests.Commands
{
    /// <summary>Two fake providers: a seeded "staging" with course content, an empty "production" to copy it to.</summary>
    [TestFixture]
    [NonParallelizable]
    public class MigrateCommandTests
    {
        private const string CourseId = "crs-0001";

        private OneRosterFakeServer _staging = null!;
        private OneRosterFakeServer _production = null!;
        private CliRun _run = null!;

        [SetUp]
        public async Task StartProvidersAsync()
        {
            _staging = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 30));
            _production = await OneRosterFakeServer.StartAsync(FakeDistrict.Empty);
            _run = new CliRun(Path.Combine(Path.GetTempPath(), "oneroster-cli-migrate-" + Guid.NewGuid().ToString("N"), "profiles.json"));
            foreach (var (name, fake) in new[] { ("staging", _staging), ("production", _production) })
            {
                var saved = await _run.RunAsync("config", "set", name, "--base-url", fake.BaseUrl.AbsoluteUri, "--token-url", fake.TokenUrl.AbsoluteUri,
                    "--client-id", fake.ClientId, "--client-secret", fake.ClientSecret);
                Assert.That(saved.ExitCode, Is.EqualTo(ExitCodes.Ok), saved.ToString());
            }
        }

        [TearDown]
        public async Task StopProvidersAsync()
        {
            await _staging.DisposeAsync();
            await _production.DisposeAsync();
            Directory.Delete(Path.GetDirectoryName(_run.ProfilesPath)!, recursive: true);
        }

        [Test]
        public async Task Dry_run_is_the_default_and_lists_the_creates_without_writing()
        {
            var result = await _run.RunAsync("migrate", "course", CourseId, "--from", "staging", "--to", "production");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            var components = StagingComponents();
            Assert.That(components, Is.Not.Empty, "the seeded course has components");
            Assert.That(result.Output, Does.Contain("| courses ").And.Contain("| courseComponents ").And.Contain("| componentResources ").And.Contain("| resources "));
            Assert.That(result.Output, Does.Contain("Dry run, nothing written:").And.Contain("0 to update, 0 unchanged"));
            Assert.That(Writes(_production), Is.Empty);
            Assert.That(_production.Data.Count("courses"), Is.Zero);
        }

        [Test]
        public async Task Apply_copies_the_course_and_its_content_and_a_second_run_changes_nothing()
        {
            var applied = await _run.RunAsync("migrate", "course", CourseId, "--from", "staging", "--to", "production", "--apply", "--json");
            _production.RequestLog.Clear();
            var again = await _run.RunAsync("migrate", "course", CourseId, "--from", "staging", "--to", "production", "--apply", "--json");

            Assert.That(applied.ExitCode, Is.EqualTo(ExitCodes.Ok), applied.ToString());
            var changes = (JArray)JObject.Parse(applied.Output)["changes"]!;
            Assert.That(changes.Select(c => (string?)c["action"]), Has.All.EqualTo("create"));
            Assert.That(_production.Data.Find("courses", CourseId), Is.Not.Null);
            Assert.That(_production.Data.Count("courseComponents"), Is.EqualTo(StagingComponents().Count));
            Assert.That(_production.Data.Count("componentResources"), Is.EqualTo(changes.Count(c => (string?)c["collection"] == "componentResources")).And.GreaterThan(0));
            Assert.That(_production.Data.Count("resources"), Is.EqualTo(changes.Count(c => (string?)c["collection"] == "resources")).And.GreaterThan(0));

            Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Ok), again.ToString());
            Assert.That(((JArray)JObject.Parse(again.Output)["changes"]!).Select(c => (string?)c["action"]), Has.All.EqualTo("unchanged"));
            Assert.That(Writes(_production), Is.Empty, "a second run writes nothing");
        }

        [Test]
        public async Task A_changed_source_record_shows_as_an_update_of_that_field()
        {
            await _run.RunAsync("migrate", "course", CourseId, "--from", "staging", "--to", "production", "--apply");
            using (var client = new OneRosterClient(_staging.CreateClientOptions()))
            {
                var course = await client.Courses.GetAsync(CourseId);
                course.Title = "Algebra I (revised)";
                await client.Courses.UpsertAsync(CourseId, course);
            }

            var result = await _run.RunAsync("migrate", "course", CourseId, "--from", "staging", "--to", "production", "--json");

            var changes = (JArray)JObject.Parse(result.Output)["changes"]!;
            var courseChange = changes.Single(c => (string?)c["collection"] == "courses");
            Assert.That((string?)courseChange["action"], Is.EqualTo("update"));
            Assert.That(courseChange["fields"]!.Select(f => (string?)f), Is.EqualTo(new[] { "title" }));
            Assert.That(changes.Where(c => (string?)c["collection"] != "courses").Select(c => (string?)c["action"]), Has.All.EqualTo("unchanged"));
        }

        [Test]
        public async Task The_dry_run_table_names_every_record_and_its_action()
        {
            var result = await _run.RunAsync("migrate", "course", CourseId, "--from", "staging", "--to", "production");

            Snapshot.Match("migrate-dry-run", result.Output);
        }

        [Test]
        public async Task The_same_profile_on_both_sides_is_refused()
        {
            var result = await _run.RunAsync("migrate", "course", CourseId, "--from", "staging", "--to", "staging");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("--from and --to name the same profile"));
        }

        [Test]
        public async Task A_course_the_source_does_not_have_exits_1()
        {
            var result = await _run.RunAsync("migrate", "course", "crs-9999", "--from", "staging", "--to", "production");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.No));
            Assert.That(result.Error, Does.Contain("404").And.Contain("crs-9999"));
        }

        /// <summary>API writes (the token request is a POST too, and no write).</summary>
        private static System.Collections.Generic.IEnumerable<FakeRequest> Writes(OneRosterFakeServer fake) =>
            fake.RequestLog.Where(r => r.Method != "GET" && r.OperationId != "token");

        private System.Collections.Generic.List<CourseComponent> StagingComponents() =>
            _staging.Data.Records<CourseComponent>("courseComponents").Where(c => c.Course?.SourcedId == CourseId).ToList();
    }
}
