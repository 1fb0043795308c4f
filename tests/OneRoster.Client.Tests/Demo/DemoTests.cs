using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Errors;

namespace OneRoster.Tests.Demo
{
    /// <summary>The README's first command: the demo runs against the embedded fake and exits 0.</summary>
    [TestFixture]
    public class DemoTests
    {
        [Test]
        public async Task Demo_without_credentials_walks_the_quickstart_against_the_fake_and_exits_0()
        {
            var output = new StringWriter();

            var exitCode = await OneRoster.Demo.Walkthrough.RunAsync(output, _ => null);

            var text = output.ToString();
            Assert.That(exitCode, Is.EqualTo(0), text);
            Assert.That(text, Does.Contain("embedded fake provider"));
            Assert.That(text, Does.Contain("1. Schools").And.Contain("2. Active students").And.Contain("3. A class created")
                .And.Contain("4. A line item and results posted").And.Contain("5. A record that does not exist"));
            Assert.That(text, Does.Contain("The class roster now lists 3 students."));
            Assert.That(text, Does.Contain("OneRosterNotFoundException: status 404, sourcedId 'no-such-user'"));
            Assert.That(text, Does.Contain("6. The district mirrored into SQLite, then a delta"));
            Assert.That(text, Does.Match(@"users\s+Delta\s+4\s+1\s+2\s+0\s+1\s"), "users: two changes, a tombstone and a new student");
            Assert.That(text, Does.Contain("changed 4."));
            Assert.That(text, Does.Contain("Done."));
        }
    }
}
