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
