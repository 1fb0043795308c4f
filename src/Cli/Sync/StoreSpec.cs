using System;
using OneRoster.Cli.Hosting;
using OneRoster.Sync;

namespace OneRoster.Cli.Sync
{
    /// <summary>The <c>--store</c> text: <c>sqlite:PATH</c> or <c>postgres:CONNECTION STRING</c>.</summary>
    internal static class StoreSpec
    {
        public static IRosterStore Open(string spec, string? schema)
        {
            var colon = spec.IndexOf(':', StringComparison.Ordinal);
            var kind = colon < 0 ? string.Empty : spec[..colon].ToLowerInvariant();
            var rest = colon < 0 ? string.Empty : spec[(colon + 1)..].Trim();
            if (rest.Length == 0)
            {
                throw Bad(spec);
            }
            if (schema is not null && kind is not ("postgres" or "postgresql"))
            {
                throw CliException.Usage("bad-input", "--schema is for postgres: stores.");
            }
            switch (kind)
            {
                case "sqlite":
                    return new SqliteRosterStore(rest);
                case "postgres":
                case "postgresql":
                    try
                    {
                        return new PostgresRosterStore(rest, schema ?? PostgresRosterStore.DefaultSchema);
                    }
                    catch (ArgumentException ex)
                    {
                        // Npgsql's message names the fault, not the text; the text may hold a password, so it is not repeated.
                        throw CliException.Usage("bad-input", $"--store postgres: the connection string or schema is not usable: {ex.Message}");
                    }
                default:
                    throw Bad(spec);
            }
        }

        private static CliException Bad(string spec) => CliException.Usage("bad-input",
            $"--store '{Shown(spec)}' is not a store: give sqlite:PATH (e.g. sqlite:roster.db) or postgres:CONNECTION STRING (e.g. postgres:\"Host=localhost;Database=roster;Username=sync\").");

        // A connection string may hold a password; only the kind is repeated back.
        private static string Shown(string spec) => spec.Contains('=', StringComparison.Ordinal) ? spec[..Math.Max(0, spec.IndexOf(':', StringComparison.Ordinal))] + ":…" : spec;
    }
}
