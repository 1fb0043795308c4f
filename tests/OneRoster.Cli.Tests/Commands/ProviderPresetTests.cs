using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Tests.Support;
using OneRoster.Testing;

namespace OneRoster.Cli.Tests.Commands
{
    /// <summary>
    /// The provider profile reaches the client from both sources, ONEROSTER_PROVIDER and a profile's <c>provider</c>.
    /// The wire is watched on a fake that answers as ClassLink: it serves <c>ims/oneroster/v1p1</c> only and answers 401
    /// to every request that lacks a valid OAuth 1.0a signature, so a 200 there is a signed request.
    /// </summary>
    [TestFixture]
    public class ProviderPresetTests : FakeProviderFixture
    {
        private OneRosterFakeServer _classLink = null!;

        [OneTimeSetUp]
        public async Task StartClassLinkAsync() =>
            _classLink = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 30), FakeServerOptions.For(OneRosterProvider.ClassLink));

        [OneTimeTearDown]
        public async Task StopClassLinkAsync() => await _classLink.DisposeAsync();

        [SetUp]
        public void ClearLog() => _classLink.RequestLog.Clear();

        [Test]
        public async Task The_provider_variable_makes_requests_signed_with_OAuth_1_0a_and_asks_for_no_token()
        {
            var run = new CliRun(NewProfilesPath(), new Dictionary<string, string>
            {
                [OneRosterClientOptions.BaseUrlVariable] = _classLink.BaseUrl.AbsoluteUri,
                [OneRosterClientOptions.ClientIdVariable] = _classLink.ClientId,
                [OneRosterClientOptions.ClientSecretVariable] = _classLink.ClientSecret,
                [OneRosterClientOptions.ProviderVariable] = "classlink",
            });

            var result = await run.RunAsync("list", "users", "--max", "3", "--json");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Assert.That(JArray.Parse(result.Output), Has.Count.EqualTo(3));
            AssertSignedOneRoster11Requests();
        }

        [Test]
        public async Task A_profile_s_provider_makes_requests_signed_with_OAuth_1_0a()
        {
            var run = Unconfigured();
            var set = await run.RunAsync("config", "set", "district", "--provider", "ClassLink", "--base-url", _classLink.BaseUrl.AbsoluteUri,
                "--client-id", _classLink.ClientId, "--client-secret", _classLink.ClientSecret);

            var result = await run.RunAsync("exists", "users", "usr-0001", "--profile", "district");

            Assert.That(set.ExitCode, Is.EqualTo(ExitCodes.Ok), set.ToString());
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            AssertSignedOneRoster11Requests();
        }

        [Test]
        public async Task The_provider_variable_alone_counts_as_the_variables_being_set()
        {
            var run = Unconfigured();
            await run.RunAsync("config", "set", "default", "--base-url", Fake.BaseUrl.AbsoluteUri, "--token-url", Fake.TokenUrl.AbsoluteUri,
                "--client-id", Fake.ClientId, "--client-secret", Fake.ClientSecret);
            run.Environment[OneRosterClientOptions.ProviderVariable] = "classlink";

            var result = await run.RunAsync("exists", "users", "usr-0001");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage), "the variables are the source, so the default profile is not used");
            Assert.That(result.Error, Does.Contain("the ONEROSTER_* variables are not usable").And.Contain("ClientSecret is missing"));
        }

        [Test]
        public async Task An_unknown_provider_variable_is_a_usage_error_naming_the_presets()
        {
            var run = Tool();
            run.Environment[OneRosterClientOptions.ProviderVariable] = "classlnk";
            Fake.RequestLog.Clear();

            var result = await run.RunAsync("exists", "users", "usr-0001");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("the ONEROSTER_* variables are not usable")
                .And.Contain("provider 'classlnk' is not a known preset (known: standard, timeback, timebackplatform, edfi, infinitecampus, classlink)"));
            Assert.That(Fake.RequestLog, Is.Empty);
        }

        [Test]
        public async Task Set_and_show_round_trip_the_provider_and_other_settings_stay()
        {
            var run = Unconfigured();
            await run.RunAsync("config", "set", "p", "--provider", "infinite-campus", "--client-id", "first");
            var second = await run.RunAsync("config", "set", "p", "--client-id", "second");
            var shownJson = await run.RunAsync("config", "show", "p", "--json");
            var shownTable = await run.RunAsync("config", "show", "p");
            var listed = await run.RunAsync("config", "list", "--json");

            Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Ok), second.ToString());
            var profile = JObject.Parse(shownJson.Output);
            Assert.That((string?)profile["provider"], Is.EqualTo("infinite-campus"), "kept as given, like --env");
            Assert.That((string?)profile["clientId"], Is.EqualTo("second"));
            Assert.That(shownTable.Output.Split('\n'), Has.Some.Contains("provider").And.Some.Contains("infinite-campus"));
            Assert.That((string?)JArray.Parse(listed.Output)[0]["provider"], Is.EqualTo("infinite-campus"));
        }

        [Test]
        public async Task Set_refuses_an_unknown_provider_listing_the_presets_and_saves_nothing()
        {
            var run = Unconfigured();

            var result = await run.RunAsync("config", "set", "p", "--provider", "classlnk", "--client-id", "x");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("provider 'classlnk' is not a known preset (known: standard, timeback, timebackplatform, edfi, infinitecampus, classlink)"));
            Assert.That(File.Exists(run.ProfilesPath), Is.False);
        }

        private void AssertSignedOneRoster11Requests()
        {
            var requests = _classLink.RequestLog.ToList();
            Assert.That(requests, Is.Not.Empty);
            Assert.That(requests.Select(r => r.PathAndQuery), Has.All.StartWith("/ims/oneroster/v1p1/users"));
            Assert.That(requests.Select(r => r.StatusCode), Has.All.EqualTo(200), "every request carried a valid OAuth 1.0a signature");
            Assert.That(requests.Select(r => r.OperationId), Has.None.EqualTo("token"));
        }
    }
}
