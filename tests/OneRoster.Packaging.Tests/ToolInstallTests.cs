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

        private ScratchFeed _scratch = null!;

        [SetUp]
        public void CreateScratchFeed() => _scratch = ScratchFeed.Create("tooltest");

        [TearDown]
        public void DeleteScratchFeed() => _scratch.Dispose();

        [Test]
        public async Task Packed_tool_installs_shows_its_help_and_lists_users_from_the_fake()
        {
            var version = _scratch.Version;
            var feed = _scratch.Feed;
            var tools = Path.Combine(_scratch.Work, "tools");
            await DotnetCli.RunAsync(RepositoryRoot.Path, "pack", RepositoryRoot.Combine("src/Cli/OneRoster.Cli.csproj"), "-c", ScratchFeed.Configuration,
                "-o", feed, $"-p:PackageVersion={version}", "-nologo", "-v:q", "--disable-build-servers");
            Assert.That(File.Exists(Path.Combine(feed, $"{ToolPackage}.{version}.nupkg")), Is.True);

            try
            {
                await DotnetCli.RunAsync(_scratch.Work, "tool", "install", ToolPackage, "--tool-path", tools, "--add-source", feed, "--version", version);
                var oneroster = Path.Combine(tools, OperatingSystem.IsWindows() ? "oneroster.exe" : "oneroster");

                var help = await DotnetCli.RunProgramAsync(oneroster, _scratch.Work, null, "--help");
                Assert.That(help, Does.Contain("oneroster [command] [options]").And.Contain("list").And.Contain("export").And.Contain("migrate"));

                await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 12));
                var variables = new Dictionary<string, string>
                {
                    ["ONEROSTER_BASE_URL"] = fake.BaseUrl.AbsoluteUri,
                    ["ONEROSTER_TOKEN_URL"] = fake.TokenUrl.AbsoluteUri,
                    ["ONEROSTER_CLIENT_ID"] = fake.ClientId,
                    ["ONEROSTER_CLIENT_SECRET"] = fake.ClientSecret,
                    ["ONEROSTER_CONFIG_FILE"] = Path.Combine(_scratch.Work, "profiles.json"),
                };
                var listed = await DotnetCli.RunProgramAsync(oneroster, _scratch.Work, variables, "list", "users", "--max", "3", "--json");
                var users = JArray.Parse(listed);
                Assert.That(users.Select(u => (string?)u["sourcedId"]), Is.EqualTo(new[] { "usr-0001", "usr-0002", "usr-0003" }));
            }
            finally
            {
                await _scratch.ForgetAsync(ToolPackage);
            }
        }
    }
}
