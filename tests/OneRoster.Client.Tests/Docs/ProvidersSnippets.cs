namespace OneRoster.Tests.Docs
{
    // The snippets of docs/providers.md, compiled; DocSnippetTests fails when the two drift apart.
    internal static class ProvidersSnippets
    {
        public static void Preset(OneRosterClientOptions options)
        {
            options.Provider = OneRosterProvider.InfiniteCampus.WithVendorAuthorization("key", "secret") with { MaxConcurrentRequests = 1 };
        }
    }
}
