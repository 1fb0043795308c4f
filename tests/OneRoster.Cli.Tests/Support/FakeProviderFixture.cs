using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Testing;

namespace OneRoster.Cli.Tests.Support
{
    /// <summary>A fake provider with a small generated district (seed 42, so tables are the same every run) and the variables that point the tool at it.</summary>
    public abstract class FakeProviderFixture
    {
        private string _folder = null!;

        internal OneRosterFakeServer Fake { get; private set; } = null!;

        internal IDictionary<string, string> Variables { get; private set; } = null!;

        [OneTimeSetUp]
        public async Task StartFakeAsync()
        {
            Fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 60));
            Variables = VariablesFor(Fake);
            _folder = Path.Combine(Path.GetTempPath(), "oneroster-cli-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
        }

        [OneTimeTearDown]
        public async Task StopFakeAsync()
        {
            await Fake.DisposeAsync();
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        internal static Dictionary<string, string> VariablesFor(OneRosterFakeServer fake) => new()
        {
            [OneRosterClientOptions.BaseUrlVariable] = fake.BaseUrl.AbsoluteUri,
            [OneRosterClientOptions.TokenUrlVariable] = fake.TokenUrl.AbsoluteUri,
            [OneRosterClientOptions.ClientIdVariable] = fake.ClientId,
            [OneRosterClientOptions.ClientSecretVariable] = fake.ClientSecret,
        };

        /// <summary>A run pointed at the fake through ONEROSTER_* variables, with a profiles file of its own.</summary>
        internal CliRun Tool(bool errorIsTerminal = false) => new(NewProfilesPath(), Variables) { ErrorIsTerminal = errorIsTerminal };

        /// <summary>A run with no configuration at all.</summary>
        internal CliRun Unconfigured() => new(NewProfilesPath());

        internal string NewProfilesPath() => Path.Combine(_folder, Guid.NewGuid().ToString("N"), "profiles.json");

        internal string TempPath(string name) => Path.Combine(_folder, Guid.NewGuid().ToString("N") + "-" + name);
    }
}
