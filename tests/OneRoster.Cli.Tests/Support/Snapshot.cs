using System.IO;
using NUnit.Framework;

namespace OneRoster.Cli.Tests.Support
{
    /// <summary>
    /// Output compared with a file in Snapshots/. On a difference the actual text is written beside the source file
    /// as NAME.received.txt; review it and copy it over NAME.txt to approve.
    /// </summary>
    internal static class Snapshot
    {
        public static void Match(string name, string actual)
        {
            var expectedPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Snapshots", name + ".txt");
            var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", System.StringComparison.Ordinal) : null;
            if (expected != actual)
            {
                File.WriteAllText(Path.Combine(RepositoryRoot(), "tests", "OneRoster.Cli.Tests", "Snapshots", name + ".received.txt"), actual);
            }
            Assert.That(actual, Is.EqualTo(expected), $"Output differs from Snapshots/{name}.txt; see {name}.received.txt");
        }

        public static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OneRoster.Generated.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new DirectoryNotFoundException("OneRoster.Generated.sln not found above the test directory.");
        }
    }
}
