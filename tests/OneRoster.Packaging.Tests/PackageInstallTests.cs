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

        private string _work = null!;

        [SetUp]
        public void CreateWorkDirectory()
        {
            _work = Path.Combine(Path.GetTempPath(), "oneroster-packaging-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_work);
        }

        [TearDown]
        public void DeleteWorkDirectory()
        {
            if (Directory.Exists(_work))
            {
                Directory.Delete(_work, recursive: true);
            }
        }

        [Test]
        public async Task Packed_packages_install_into_a_new_console_project_and_list_users_from_the_fake()
        {
            // A version of its own per run: the restore cache (global packages folder) is shared and reused for
            // every other dependency, and a fixed version would be served from it stale on the next run.
            var version = $"{ShippedVersion()}-packtest.{DateTime.UtcNow:yyyyMMddHHmmss}";
            var feed = Directory.CreateDirectory(Path.Combine(_work, "feed")).FullName;
            var configuration = typeof(PackageInstallTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "Configuration").Value ?? "Release";
            // The documented install path (README, quickstart): build/pack-local.sh into a folder feed.
            var packed = await DotnetCli.RunProgramAsync("bash", RepositoryRoot.Path, new Dictionary<string, string> { ["CONFIGURATION"] = configuration },
                RepositoryRoot.Combine("build", "pack-local.sh"), feed, $"-p:PackageVersion={version}", "--no-restore", "--disable-build-servers");
            Assert.That(packed, Does.Contain($"<add key=\"oneroster-local\" value=\"{feed}\" />"), "the script prints the nuget.config to use");

            foreach (var id in Packages)
            {
                AssertPackageContents(feed, id, version);
            }

            var app = ConsoleProject.Write(Path.Combine(_work, "app"), feed, version);
            try
            {
                // A consumer's restore is warning-free: no NU1603 from WireMock.Net's dependency ranges.
                var restore = await DotnetCli.RunAsync(app, "restore", "--disable-build-servers");
                Assert.That(restore, Does.Not.Contain("warning NU"), "a consumer's restore must be warning-free");
                var output = await DotnetCli.RunAsync(app, "run", "-c", "Release", "--disable-build-servers");
                Assert.That(output, Does.Contain("listed=5 total=30 first-has-id=True"));
                Assert.That(output, Does.Contain("exported-users=30 loaded-users=30"));
            }
            finally
            {
                await ForgetVersionAsync(version);
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

        private static string ShippedVersion() =>
            typeof(OneRosterClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

        /// <summary>Removes this run's packages from the shared restore cache; the cache keeps everything else.</summary>
        private async Task ForgetVersionAsync(string version)
        {
            var listing = await DotnetCli.RunAsync(_work, "nuget", "locals", "global-packages", "--list");
            var folder = listing.Split(':', 2)[1].Trim();
            foreach (var id in Packages)
            {
                var package = Path.Combine(folder, id.ToLowerInvariant());
                var cached = Path.Combine(package, version);
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }
                if (Directory.Exists(package) && !Directory.EnumerateFileSystemEntries(package).Any())
                {
                    Directory.Delete(package);
                }
            }
        }
    }
}
