using System;
using System.Threading.Tasks;
using OneRoster.Testing;

namespace OneRoster.Bench
{
    /// <summary>What a scenario's variants read, started by the parent: a provider on loopback, or a bundle on disk.</summary>
    internal sealed class ScenarioSource : IAsyncDisposable
    {
        private readonly IAsyncDisposable? _server;

        private ScenarioSource(Uri baseUrl, string description, IAsyncDisposable? server)
        {
            BaseUrl = baseUrl;
            Description = description;
            _server = server;
        }

        public Uri BaseUrl { get; }

        public string Description { get; }

        public static async Task<ScenarioSource> StartAsync(Scenario scenario)
        {
            switch (scenario.Source)
            {
                case "file":
                    var folder = await CsvUsers.WriteBundleAsync(scenario.Users).ConfigureAwait(false);
                    return new ScenarioSource(new Uri(folder.TrimEnd('/') + "/"), "users.csv written once through OneRoster.Csv, " + new System.IO.FileInfo(System.IO.Path.Combine(folder, "users.csv")).Length / (1024 * 1024) + " MB", null);
                case "fake":
                    // The OneRoster.Testing fake, with the benchmark's credentials, so the facade variants need nothing else.
                    var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(scenario.Users), new FakeServerOptions { ClientId = BenchRun.ClientId, ClientSecret = BenchRun.ClientSecret }).ConfigureAwait(false);
                    await WarmUpAsync(fake, scenario.PageSize).ConfigureAwait(false);
                    return new ScenarioSource(fake.BaseUrl, "OneRoster.Testing fake, generated district", fake);
                default:
                    var catalog = new UserCatalog(scenario.Users);
                    var provider = await BenchProvider.StartAsync(catalog, scenario.Latency).ConfigureAwait(false);
                    return new ScenarioSource(provider.BaseUrl, $"~{catalog.ApproximateUserBytes} bytes per user", provider);
            }
        }

        /// <summary>
        /// One pass over the fake's users before any variant runs: WireMock compiles its request path on first use, which
        /// would otherwise slow whichever variant comes first.
        /// </summary>
        private static async Task WarmUpAsync(OneRosterFakeServer fake, int pageSize)
        {
            using var client = new OneRosterClient(Variant.ClientOptions(fake.BaseUrl, pageSize, maxConcurrency: null));
            await foreach (var _ in client.Users.StreamAsync().ConfigureAwait(false))
            {
            }
        }

        public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
