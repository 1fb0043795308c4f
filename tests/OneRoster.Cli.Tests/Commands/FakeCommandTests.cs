using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Tests.Support;

namespace OneRoster.Cli.Tests.Commands
{
    [TestFixture]
    public class FakeCommandTests : FakeProviderFixture
    {
        [Test]
        public async Task Fake_prints_its_url_and_credentials_serves_a_profile_and_stops_on_ctrl_c()
        {
            var path = NewProfilesPath();
            using var stop = new CancellationTokenSource();
            var ready = new TaskCompletionSource();
            var output = new CancellationTests.SignallingWriter("Press Ctrl-C to stop.", ready.SetResult);
            var serving = new CliRun(path).RunAsync(new[] { "fake", "--users", "25", "--save-profile", "tryout" }, stop.Token, output);
            await ready.Task.WaitAsync(System.TimeSpan.FromSeconds(30));

            var listed = await new CliRun(path).RunAsync("list", "users", "--profile", "tryout", "--json");
            stop.Cancel();
            var result = await serving;

            Assert.That(listed.ExitCode, Is.EqualTo(ExitCodes.Ok), listed.ToString());
            Assert.That(JArray.Parse(listed.Output), Has.Count.EqualTo(25));
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.ToString());
            Assert.That(result.Output, Does.Match(@"base URL\s+http://(127\.0\.0\.1|localhost):\d+/"));
            Assert.That(result.Output, Does.Contain("client id      oneroster-fake-client").And.Contain("client secret  oneroster-fake-secret"));
            Assert.That(result.Output, Does.Contain("export ONEROSTER_BASE_URL="));
            Assert.That(result.Error, Is.EqualTo("Stopped.\n"));
        }

        [Test]
        public async Task A_profile_saved_by_a_timeback_fake_uses_the_timeback_provider_profile()
        {
            var path = NewProfilesPath();
            using var stop = new CancellationTokenSource();
            var ready = new TaskCompletionSource();
            var output = new CancellationTests.SignallingWriter("Press Ctrl-C to stop.", ready.SetResult);
            var serving = new CliRun(path).RunAsync(new[] { "fake", "--users", "25", "--timeback", "--save-profile", "tb" }, stop.Token, output);
            await ready.Task.WaitAsync(System.TimeSpan.FromSeconds(30));

            // Three predicates: a Timeback provider refuses them, so the client must know it talks to one (its profile
            // sends two and finishes the filter locally).
            var listed = await new CliRun(path).RunAsync("list", "users", "--profile", "tb", "--filter", "status='active' AND givenName!='zz' AND familyName!='zz'", "--json");
            var shown = await new CliRun(path).RunAsync("config", "show", "tb", "--json");
            stop.Cancel();
            var result = await serving;

            Assert.That(listed.ExitCode, Is.EqualTo(ExitCodes.Ok), listed.ToString());
            Assert.That(JArray.Parse(listed.Output), Has.Count.EqualTo(25));
            Assert.That(JObject.Parse(shown.Output)["provider"]?.ToString(), Is.EqualTo("timeback"), shown.ToString());
            Assert.That(result.Output, Does.Contain("export ONEROSTER_PROVIDER=timeback"));
        }

        [Test]
        public async Task Fake_refuses_a_port_out_of_range()
        {
            var result = await Unconfigured().RunAsync("fake", "--port", "70000");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("--port is 70000"));
        }
    }
}
