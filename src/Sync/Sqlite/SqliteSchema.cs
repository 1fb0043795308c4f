using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OneRoster.Sync
{
    /// <summary>
    /// The versioned migrations of the SQLite schema (docs/sync.md, "Schema"). Each entry upgrades from the version
    /// before it; <c>schema_version</c> records which were applied. Append, never edit an applied migration.
    /// </summary>
    internal static class SqliteSchema
    {
        public static IReadOnlyList<string[]> Migrations { get; } = new[]
        {
            Version1(),
        };

        public static int Latest => Migrations.Count;

        public static string Column(RosterReferenceColumn column) => column switch
        {
            RosterReferenceColumn.Org => "org_id",
            RosterReferenceColumn.School => "school_id",
            RosterReferenceColumn.Class => "class_id",
            RosterReferenceColumn.User => "user_id",
            RosterReferenceColumn.Course => "course_id",
            RosterReferenceColumn.AcademicSession => "academic_session_id",
            _ => "line_item_id",
        };

        private static string[] Version1()
        {
            var statements = new List<string>
            {
                """
                CREATE TABLE sync_runs (
                    tenant TEXT NOT NULL,
                    run_id TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    completed_at TEXT,
                    PRIMARY KEY (tenant, run_id))
                """,
                """
                CREATE TABLE sync_checkpoints (
                    tenant TEXT NOT NULL,
                    collection TEXT NOT NULL,
                    pulled_from TEXT NOT NULL,
                    last_full_pull TEXT,
                    run_id TEXT NOT NULL,
                    committed_at TEXT NOT NULL,
                    PRIMARY KEY (tenant, collection))
                """,
            };
            foreach (var collection in SyncCollection.All)
            {
                statements.Add($"""
                    CREATE TABLE {collection.TableName} (
                        tenant TEXT NOT NULL,
                        sourced_id TEXT NOT NULL,
                        status TEXT,
                        date_last_modified TEXT,
                        org_id TEXT,
                        school_id TEXT,
                        class_id TEXT,
                        user_id TEXT,
                        course_id TEXT,
                        academic_session_id TEXT,
                        line_item_id TEXT,
                        content_hash TEXT NOT NULL,
                        json TEXT NOT NULL,
                        PRIMARY KEY (tenant, sourced_id))
                    """);
                statements.Add($"CREATE INDEX ix_{collection.TableName}_modified ON {collection.TableName} (tenant, date_last_modified)");
                statements.AddRange(collection.ReferenceColumns.Select(c =>
                    $"CREATE INDEX ix_{collection.TableName}_{Column(c)} ON {collection.TableName} (tenant, {Column(c)})"));
            }
            return statements.ToArray();
        }
    }
}
