using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Packaging.Tests.Support;
using OneRoster.Testing;

namespace OneRoster.Packaging.Tests
{
    /// <summary>
    /// The `oneroster` tool as a user gets it: packed into a local folder feed, installed with `dotnet tool install
    /// --tool-path`, then run: its help, and one command against the fake provider. Slow (pack, install), like
    /// <see cref="PackageInstallTests"/>.
    /// </summary>
    [TestFixture]
    [Category("Packaging")]
    [NonParallelizable]
    public class ToolInstallTests
    {
        private const string ToolPackage = "OneRoster.Cli";

        private string _work = null!;

        [SetUp]
        public void CreateWorkDirectory()
        {
            _work = Path.Combine(Path.GetTempPath(), "oneroster-tool-" + Guid.NewGuid().ToString("N"));
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
        public async Task Packed_tool_installs_shows_its_help_and_lists_users_from_the_fake()
        {
            // A version of its own per run, so the shared restore cache never serves a stale package.
            var version = $"{ShippedVersion()}-tooltest.{DateTime.UtcNow:yyyyMMddHHmmss}";
            var feed = Directory.CreateDirectory(Path.Combine(_work, "feed")).FullName;
            var tools = Path.Combine(_work, "tools");
            var configuration = typeof(ToolInstallTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "Configuration").Value ?? "Release";
            await DotnetCli.RunAsync(RepositoryRoot.Path, "pack", RepositoryRoot.Combine("src/Cli/OneRoster.Cli.csproj"), "-c", configuration,
                "-o", feed, $"-p:PackageVersion={version}", "-nologo", "-v:q", "--disable-build-servers");
            Assert.That(File.Exists(Path.Combine(feed, $"{ToolPackage}.{version}.nupkg")), Is.True);

            try
            {
                await DotnetCli.RunAsync(_work, "tool", "install", ToolPackage, "--tool-path", tools, "--add-source", feed, "--version", version);
                var oneroster = Path.Combine(tools, OperatingSystem.IsWindows() ? "oneroster.exe" : "oneroster");

                var help = await DotnetCli.RunProgramAsync(oneroster, _work, null, "--help");
                Assert.That(help, Does.Contain("oneroster [command] [options]").And.Contain("list").And.Contain("export").And.Contain("migrate"));

                await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 12));
                var variables = new Dictionary<string, string>
                {
                    ["ONEROSTER_BASE_URL"] = fake.BaseUrl.AbsoluteUri,
                    ["ONEROSTER_TOKEN_URL"] = fake.TokenUrl.AbsoluteUri,
                    ["ONEROSTER_CLIENT_ID"] = fake.ClientId,
                    ["ONEROSTER_CLIENT_SECRET"] = fake.ClientSecret,
                    ["ONEROSTER_CONFIG_FILE"] = Path.Combine(_work, "profiles.json"),
                };
                var listed = await DotnetCli.RunProgramAsync(oneroster, _work, variables, "list", "users", "--max", "3", "--json");
                var users = JArray.Parse(listed);
                Assert.That(users.Select(u => (string?)u["sourcedId"]), Is.EqualTo(new[] { "usr-0001", "usr-0002", "usr-0003" }));
            }
            finally
            {
                await ForgetVersionAsync(version);
            }
        }

        private static string ShippedVersion() =>
            typeof(OneRosterClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

        /// <summary>Removes this run's tool package from the shared restore cache.</summary>
        private async Task ForgetVersionAsync(string version)
        {
            var listing = await DotnetCli.RunAsync(_work, "nuget", "locals", "global-packages", "--list");
            var package = Path.Combine(listing.Split(':', 2)[1].Trim(), ToolPackage.ToLowerInvariant());
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
