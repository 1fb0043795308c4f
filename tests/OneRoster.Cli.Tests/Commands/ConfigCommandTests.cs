using System.IO;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Tests.Support;

namespace OneRoster.Cli.Tests.Commands
{
    [TestFixture]
    public class ConfigCommandTests : FakeProviderFixture
    {
        [Test]
        public async Task A_saved_profile_is_used_with_profile_and_show_masks_its_secret()
        {
            var run = Unconfigured();
            var set = await run.RunAsync("config", "set", "local", "--base-url", Fake.BaseUrl.AbsoluteUri, "--token-url", Fake.TokenUrl.AbsoluteUri,
                "--client-id", Fake.ClientId, "--client-secret", Fake.ClientSecret);
            var show = await run.RunAsync("config", "show", "local");
            var showJson = await run.RunAsync("config", "show", "local", "--json");
            var list = await run.RunAsync("list", "users", "--profile", "local", "--max", "2", "--json");

            Assert.That(set.ExitCode, Is.EqualTo(ExitCodes.Ok), set.ToString());
            Assert.That(show.Output, Does.Contain("***").And.Contain(Fake.ClientId).And.Not.Contain(Fake.ClientSecret));
            Assert.That((string?)JObject.Parse(showJson.Output)["clientSecret"], Is.EqualTo("***"));
            Assert.That(list.ExitCode, Is.EqualTo(ExitCodes.Ok), list.ToString());
            Assert.That(JArray.Parse(list.Output), Has.Count.EqualTo(2));
            Assert.That(File.ReadAllText(run.ProfilesPath), Does.Contain(Fake.ClientSecret), "the file holds the secret; only its display is masked");
        }

        [Test]
        public async Task The_default_profile_is_used_when_no_variable_is_set()
        {
            var run = Unconfigured();
            await run.RunAsync("config", "set", "default", "--base-url", Fake.BaseUrl.AbsoluteUri, "--token-url", Fake.TokenUrl.AbsoluteUri, "--client-id", Fake.ClientId, "--client-secret", Fake.ClientSecret);

            var result = await run.RunAsync("exists", "users", "usr-0001");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
        }

        [Test]
        public async Task Set_changes_only_the_settings_given_and_reads_the_secret_from_stdin()
        {
            var path = NewProfilesPath();
            await new CliRun(path).RunAsync("config", "set", "p", "--env", "staging", "--client-id", "first");
            var second = await new CliRun(path) { Input = "s3cret\n" }.RunAsync("config", "set", "p", "--client-secret-stdin");
            var shown = await new CliRun(path).RunAsync("config", "show", "p", "--json");

            Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Ok), second.ToString());
            var profile = JObject.Parse(shown.Output);
            Assert.That((string?)profile["env"], Is.EqualTo("staging"));
            Assert.That((string?)profile["clientId"], Is.EqualTo("first"));
            Assert.That((string?)profile["clientSecret"], Is.EqualTo("***"));
            Assert.That(File.ReadAllText(path), Does.Contain("s3cret"));
        }

        [Test]
        public async Task Set_refuses_an_unknown_preset_and_a_url_that_is_not_one()
        {
            var run = Unconfigured();

            var env = await run.RunAsync("config", "set", "p", "--env", "stagin");
            var url = await run.RunAsync("config", "set", "p", "--base-url", "api.example.com");

            Assert.That(env.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(env.Error, Does.Contain("environment 'stagin' is not a known preset (known: staging, production, timebackplatformstaging, timebackplatformproduction)"));
            Assert.That(url.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(url.Error, Does.Contain("base URL 'api.example.com' is not an absolute URL"));
            Assert.That(File.Exists(run.ProfilesPath), Is.False);
        }

        [Test]
        public async Task List_and_remove_profiles()
        {
            var run = Unconfigured();
            await run.RunAsync("config", "set", "a", "--env", "staging");
            await run.RunAsync("config", "set", "b", "--env", "production");
            await run.RunAsync("config", "remove", "a");

            var listed = await run.RunAsync("config", "list", "--json");

            Assert.That(JArray.Parse(listed.Output), Has.Count.EqualTo(1));
            Assert.That((string?)JArray.Parse(listed.Output)[0]["profile"], Is.EqualTo("b"));
        }

        [Test]
        public async Task An_unknown_profile_is_a_usage_error_naming_the_file()
        {
            var run = Unconfigured();

            var result = await run.RunAsync("list", "users", "--profile", "nope");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("There is no profile 'nope' in " + run.ProfilesPath));
        }

        [Test]
        public async Task The_profiles_file_is_readable_by_its_owner_only()
        {
            if (!System.OperatingSystem.IsLinux() && !System.OperatingSystem.IsMacOS())
            {
                Assert.Ignore("Unix file modes.");
                return;
            }
            var run = Unconfigured();
            await run.RunAsync("config", "set", "p", "--client-secret", "x");

            Assert.That(UnixMode(run.ProfilesPath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }

        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        private static UnixFileMode UnixMode(string path) => File.GetUnixFileMode(path);
    }
}
