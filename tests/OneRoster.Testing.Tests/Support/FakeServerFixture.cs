using System.Threading.Tasks;
using NUnit.Framework;

namespace OneRoster.Testing.Tests.Support
{
    /// <summary>One fake (a generated 200-user district unless overridden) for all tests of a fixture.</summary>
    public abstract class FakeServerFixture
    {
        protected OneRosterFakeServer Fake { get; private set; } = null!;

        protected FakeApi Api { get; private set; } = null!;

        [OneTimeSetUp]
        public async Task StartFakeAsync()
        {
            Fake = await OneRosterFakeServer.StartAsync(CreateData(), CreateOptions());
            Api = await FakeApi.ConnectAsync(Fake);
        }

        [OneTimeTearDown]
        public async Task StopFakeAsync()
        {
            Api.Dispose();
            await Fake.DisposeAsync();
        }

        protected virtual FakeDistrict CreateData() => FakeDistrict.Generate(users: 200);

        protected virtual FakeServerOptions? CreateOptions() => null;
    }
}
