using System;
using OneRoster.Cli.Hosting;
using OneRoster.Sync;

namespace OneRoster.Cli.Sync
{
    /// <summary>The <c>--store</c> text: <c>sqlite:PATH</c> or <c>postgres:CONNECTION STRING</c>.</summary>
    internal static class StoreSpec
    {
        public static IRosterStore Open(string spec)
        {
            var colon = spec.IndexOf(':', StringComparison.Ordinal);
            var kind = colon < 0 ? string.Empty : spec[..colon].ToLowerInvariant();
            var rest = colon < 0 ? string.Empty : spec[(colon + 1)..].Trim();
            if (rest.Length == 0)
            {
                throw Bad(spec);
            }
            return kind switch
            {
                "sqlite" => new SqliteRosterStore(rest),
                _ => throw Bad(spec),
            };
        }

        private static CliException Bad(string spec) => CliException.Usage("bad-input",
            $"--store '{Shown(spec)}' is not a store: give sqlite:PATH (e.g. sqlite:roster.db).");

        // A connection string may hold a password; only the kind is repeated back.
        private static string Shown(string spec) => spec.Contains('=', StringComparison.Ordinal) ? spec[..Math.Max(0, spec.IndexOf(':', StringComparison.Ordinal))] + ":…" : spec;
    }
}
