using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Sync
{
    /// <summary>
    /// The versioned migrations of the PostgreSQL schema: the same tables and columns as the SQLite store, with
    /// PostgreSQL types (<c>timestamptz</c> instants, the record as <c>jsonb</c>), all inside the store's own schema
    /// (docs/sync.md, "PostgreSQL"). Each entry upgrades from the version before it; <c>schema_version</c> records
    /// which were applied. Append, never edit an applied migration.
    /// </summary>
    internal static class PostgresSchema
    {
        public static IReadOnlyList<string[]> Migrations { get; } = new[]
        {
            Version1(),
        };

        public static int Latest => Migrations.Count;

        /// <summary>The reference columns, in the order of <see cref="RosterReferences"/>' parameters.</summary>
        public static IReadOnlyList<string> ReferenceColumns { get; } = new[]
        {
            "org_id", "school_id", "class_id", "user_id", "course_id", "academic_session_id", "line_item_id",
        };

        private static string[] Version1()
        {
            var statements = new List<string>
            {
                """
                CREATE TABLE sync_runs (
                    tenant text NOT NULL,
                    run_id text NOT NULL,
                    started_at timestamptz NOT NULL,
                    completed_at timestamptz,
                    PRIMARY KEY (tenant, run_id))
                """,
                """
                CREATE TABLE sync_checkpoints (
                    tenant text NOT NULL,
                    collection text NOT NULL,
                    pulled_from timestamptz NOT NULL,
                    last_full_pull timestamptz,
                    run_id text NOT NULL,
                    committed_at timestamptz NOT NULL,
                    PRIMARY KEY (tenant, collection))
                """,
            };
            foreach (var collection in SyncCollection.All)
            {
                statements.Add($"""
                    CREATE TABLE {collection.TableName} (
                        tenant text NOT NULL,
                        sourced_id text COLLATE "C" NOT NULL,
                        status text,
                        date_last_modified timestamptz,
                        org_id text,
                        school_id text,
                        class_id text,
                        user_id text,
                        course_id text,
                        academic_session_id text,
                        line_item_id text,
                        content_hash text NOT NULL,
                        json jsonb NOT NULL,
                        PRIMARY KEY (tenant, sourced_id))
                    """);
                statements.Add($"CREATE INDEX ix_{collection.TableName}_modified ON {collection.TableName} (tenant, date_last_modified)");
                statements.AddRange(collection.ReferenceColumns.Select(c =>
                    $"CREATE INDEX ix_{collection.TableName}_{SqliteSchema.Column(c)} ON {collection.TableName} (tenant, {SqliteSchema.Column(c)})"));
            }
            return statements.ToArray();
        }
    }
}
