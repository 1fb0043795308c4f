using NUnit.Framework;

namespace OneRoster.Tests.Client.Collections
{
    /// <summary>A fresh WireMock provider with tokens and a client on it for every test.</summary>
    public abstract class ProviderFixture
    {
        private protected FakeProvider Provider { get; private set; } = null!;

        private protected OneRosterClient Client { get; private set; } = null!;

        [SetUp]
        public void StartProvider()
        {
            Provider = new FakeProvider().WithTokens();
            Client = Provider.CreateClient();
        }

        [TearDown]
        public void StopProvider()
        {
            Client.Dispose();
            Provider.Dispose();
        }
    }
}
