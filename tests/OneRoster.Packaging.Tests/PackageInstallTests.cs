using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using System.Xml.Linq;
using NUnit.Framework;
using OneRoster.Packaging.Tests.Support;

namespace OneRoster.Packaging.Tests
{
    /// <summary>
    /// What a new user gets: both packages packed into a local folder feed, installed into a fresh console
    /// project (restored from that folder plus the machine's own sources) and run against the fake server.
    /// Slow (pack, restore, build), so it is the single end-to-end test here; the README's test command runs it.
    /// </summary>
    [TestFixture]
    [Category("Packaging")]
    [NonParallelizable]
    public class PackageInstallTests
    {
        private static readonly string[] Packages = { "OneRoster.Client", "OneRoster.Csv", "OneRoster.Testing" };

        private ScratchFeed _scratch = null!;

        [SetUp]
        public void CreateScratchFeed() => _scratch = ScratchFeed.Create("packtest");

        [TearDown]
        public void DeleteScratchFeed() => _scratch.Dispose();

        [Test]
        public async Task Packed_packages_install_into_a_new_console_project_and_list_users_from_the_fake()
        {
            var version = _scratch.Version;
            var feed = _scratch.Feed;
            // The documented install path (README, quickstart): build/pack-local.sh into a folder feed.
            var packed = await DotnetCli.RunProgramAsync("bash", RepositoryRoot.Path, new Dictionary<string, string> { ["CONFIGURATION"] = ScratchFeed.Configuration },
                RepositoryRoot.Combine("build", "pack-local.sh"), feed, $"-p:PackageVersion={version}", "--no-restore", "--disable-build-servers");
            Assert.That(packed, Does.Contain($"<add key=\"oneroster-local\" value=\"{feed}\" />"), "the script prints the nuget.config to use");

            foreach (var id in Packages)
            {
                AssertPackageContents(feed, id, version);
            }

            var app = ConsoleProject.Write(Path.Combine(_scratch.Work, "app"), feed, version);
            try
            {
                // A consumer's restore is warning-free: no NU1603 from WireMock.Net's dependency ranges.
                var restore = await DotnetCli.RunAsync(app, "restore", "--disable-build-servers");
                Assert.That(restore, Does.Not.Contain("warning NU"), "a consumer's restore must be warning-free");
                var output = await DotnetCli.RunAsync(app, "run", "-c", "Release", "--no-restore", "--disable-build-servers");
                Assert.That(output, Does.Contain("listed=5 total=30 first-has-id=True"));
                Assert.That(output, Does.Contain("exported-users=30 loaded-users=30"));
            }
            finally
            {
                await _scratch.ForgetAsync(Packages);
            }
        }

        private static void AssertPackageContents(string feed, string id, string version)
        {
            var nupkg = Path.Combine(feed, $"{id}.{version}.nupkg");
            Assert.That(File.Exists(Path.Combine(feed, $"{id}.{version}.snupkg")), Is.True, $"{id}: no symbol package");
            using var zip = ZipFile.OpenRead(nupkg);
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            var nuspec = XDocument.Load(zip.GetEntry($"{id}.nuspec")!.Open()).Root!;
            var ns = nuspec.Name.Namespace;
            var metadata = nuspec.Element(ns + "metadata")!;
            Assert.Multiple(() =>
            {
                Assert.That(metadata.Element(ns + "description")?.Value, Is.Not.Empty, $"{id}: description");
                Assert.That(metadata.Element(ns + "tags")?.Value, Does.Contain("oneroster"), $"{id}: tags");
                Assert.That(metadata.Element(ns + "license")?.Value, Is.EqualTo("MIT"), $"{id}: license");
                Assert.That(metadata.Element(ns + "readme")?.Value, Is.EqualTo("README.md"), $"{id}: readme");
                Assert.That(entries, Does.Contain("README.md"), $"{id}: README.md inside the package");
                Assert.That(metadata.Element(ns + "repository")?.Attribute("url")?.Value, Does.StartWith("https://"), $"{id}: repository");
                Assert.That(metadata.Element(ns + "projectUrl")?.Value, Does.StartWith("https://"), $"{id}: project URL");
                foreach (var tfm in new[] { "net8.0", "net10.0" })
                {
                    Assert.That(entries, Does.Contain($"lib/{tfm}/{id}.dll"), $"{id}: {tfm} assembly");
                    Assert.That(entries, Does.Contain($"lib/{tfm}/{id}.xml"), $"{id}: {tfm} XML documentation");
                }
            });
            foreach (var (package, dependency) in new[] { ("OneRoster.Testing", "OneRoster.Client"), ("OneRoster.Testing", "OneRoster.Csv"), ("OneRoster.Csv", "OneRoster.Client") })
            {
                if (id != package)
                {
                    continue;
                }
                var dependencies = metadata.Descendants(ns + "dependency").Where(d => (string?)d.Attribute("id") == dependency).ToList();
                Assert.That(dependencies.Select(d => (string?)d.Attribute("version")), Is.Not.Empty.And.All.EqualTo(version),
                    $"{package} must depend on the {dependency} package of the same version");
            }
        }
    }
}
