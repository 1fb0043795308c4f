using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Tests.Support;

namespace OneRoster.Cli.Tests.Commands
{
    [TestFixture]
    public class HelpTests
    {
        [Test]
        public async Task Help_lists_every_command()
        {
            var result = await new CliRun("unused").RunAsync("--help");

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
            Snapshot.Match("help", result.Output);
        }

        [Test]
        public async Task No_command_is_a_usage_error_pointing_at_help()
        {
            var result = await new CliRun("unused").RunAsync();

            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(result.Error, Does.Contain("Run 'oneroster --help' for usage."));
        }
    }
}
