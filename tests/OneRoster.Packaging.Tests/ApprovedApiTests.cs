using System;
using System.IO;
using System.Reflection;
using NUnit.Framework;
using OneRoster.Packaging.Tests.Support;
using OneRoster.Testing;
using PublicApiGenerator;

namespace OneRoster.Packaging.Tests
{
    /// <summary>
    /// The public API of each package is pinned in Approved/{assembly}.approved.txt, so a breaking change cannot
    /// slip in unnoticed. On a difference the test fails with the changed lines and writes
    /// Approved/{assembly}.received.txt (git-ignored); a deliberate change is approved by copying it over the
    /// .approved.txt file (see docs/README.md, "The public API baseline").
    /// </summary>
    [TestFixture]
    public class ApprovedApiTests
    {
        [TestCase(typeof(OneRosterClient), TestName = "OneRoster.Client public API matches the approved baseline")]
        [TestCase(typeof(OneRosterFakeServer), TestName = "OneRoster.Testing public API matches the approved baseline")]
        [TestCase(typeof(OneRoster.Csv.CsvBundle), TestName = "OneRoster.Csv public API matches the approved baseline")]
        [TestCase(typeof(OneRoster.Sync.RosterSync), TestName = "OneRoster.Sync public API matches the approved baseline")]
        public void Public_api_matches_the_approved_baseline(Type typeInAssembly)
        {
            var assembly = typeInAssembly.Assembly;
            var name = assembly.GetName().Name!;
            // Assembly attributes carry the version and build details, which change without the API changing.
            var received = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
            var approvedPath = RepositoryRoot.Combine("tests", "OneRoster.Packaging.Tests", "Approved", $"{name}.approved.txt");
            var receivedPath = Path.ChangeExtension(Path.ChangeExtension(approvedPath, null), ".received.txt");
            var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;

            if (received == approved)
            {
                File.Delete(receivedPath);
                return;
            }
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"The public API of {name} changed.\n{ApiDiff.Describe(approved, received)}\n" +
                $"If the change is deliberate, approve it:\n  cp {receivedPath} {approvedPath}");
        }

        private static string Normalize(string api) => api.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
    }
}
