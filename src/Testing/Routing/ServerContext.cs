using OneRoster.Testing.Quirks;

namespace OneRoster.Testing.Routing
{
    /// <summary>What every handler of one running fake shares: its data, settings, quirks and stores.</summary>
    internal sealed class ServerContext
    {
        public ServerContext(FakeDistrict district, FakeServerOptions options, string hrefRoot)
        {
            District = district;
            Options = options;
            HrefRoot = hrefRoot;
            Quirks = new RecordQuirks(options);
        }

        public FakeDistrict District { get; }

        public FakeServerOptions Options { get; }

        public RecordQuirks Quirks { get; }

        public string HrefRoot { get; }

        public CredentialStore Credentials { get; } = new();
    }
}
