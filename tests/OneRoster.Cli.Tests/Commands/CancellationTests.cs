using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Tests.Support;
using OneRoster.Testing;

namespace OneRoster.Cli.Tests.Commands
{
    [TestFixture]
    public class CancellationTests
    {
        [Test]
        public async Task Ctrl_c_during_a_list_stops_it_with_exit_code_130()
        {
            // Small pages and a slow provider: the list is still streaming when the first record reaches the output.
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 200), new FakeServerOptions { DefaultPageSize = 5, LimitCap = 5, Latency = TimeSpan.FromMilliseconds(50) });
            var run = new CliRun(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "profiles.json"), FakeProviderFixture.VariablesFor(fake));
            using var cancellation = new CancellationTokenSource();
            var output = new SignallingWriter("usr-0001", cancellation.Cancel);

            var result = await run.RunAsync(new[] { "list", "users", "--format", "csv" }, cancellation.Token, output);

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Cancelled), result.ToString());
            Assert.That(result.Error, Is.EqualTo("error: Cancelled.\n"));
            Assert.That(result.Output, Does.Not.Contain("usr-0200"));
        }

        [Test]
        public async Task Ctrl_c_during_an_export_exits_130_and_leaves_no_bundle()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 200), new FakeServerOptions { DefaultPageSize = 5, LimitCap = 5, Latency = TimeSpan.FromMilliseconds(20) });
            var folder = Path.Combine(Path.GetTempPath(), "oneroster-cli-cancel-" + Guid.NewGuid().ToString("N"));
            var run = new CliRun(Path.Combine(folder, "profiles.json"), FakeProviderFixture.VariablesFor(fake));
            var zip = Path.Combine(folder, "district.zip");
            using var cancellation = new CancellationTokenSource();
            // --verbose writes a line per request: the signal that the export is under way (users are being read).
            var error = new SignallingWriter("v1p2/users?limit=5&offset=10", cancellation.Cancel);

            var result = await run.RunAsync(new[] { "export", "csv", "--out", zip, "--verbose" }, cancellation.Token, error: error);

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Cancelled), result.ToString());
            Assert.That(result.Error, Does.EndWith("error: Cancelled.\n"));
            Assert.That(File.Exists(zip), Is.False, "a cancelled export leaves no bundle");
            Assert.That(result.Output, Is.Empty);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>Calls back once the written text contains a marker (the signal a test waits for instead of sleeping).</summary>
        internal sealed class SignallingWriter : StringWriter
        {
            private readonly string _marker;
            private readonly Action _onMarker;
            private bool _fired;

            public SignallingWriter(string marker, Action onMarker)
            {
                _marker = marker;
                _onMarker = onMarker;
            }

            public override Encoding Encoding => Encoding.UTF8;

            public override void Write(char value)
            {
                base.Write(value);
                Check();
            }

            public override void Write(string? value)
            {
                base.Write(value);
                Check();
            }

            public override void WriteLine(string? value)
            {
                base.WriteLine(value);
                Check();
            }

            private void Check()
            {
                if (!_fired && ToString().Contains(_marker, StringComparison.Ordinal))
                {
                    _fired = true;
                    _onMarker();
                }
            }
        }
    }
}
