using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OneRoster.Sync;
using OneRoster.Testing;

namespace OneRoster.Demo
{
    // Step 6: OneRoster.Sync mirrors the district into a SQLite file, the fake district changes, and a second run
    // brings only the changes (docs/sync.md).
    internal static partial class Walkthrough
    {
        private static readonly SyncCollection[] Mirrored =
        {
            SyncCollection.Orgs, SyncCollection.AcademicSessions, SyncCollection.Courses, SyncCollection.Classes, SyncCollection.Users,
        };

        private static async Task MirrorAsync(OneRosterClient client, FakeDistrict district, TextWriter output)
        {
            Heading(output, "6. The district mirrored into SQLite, then a delta");
            var path = Path.Combine(Path.GetTempPath(), $"oneroster-demo-{Guid.NewGuid():N}.db");
            try
            {
                await using (var store = new SqliteRosterStore(path))
                {
                    var sync = new RosterSync(client, store, new RosterSyncOptions { Collections = Mirrored });
                    var first = await sync.RunAsync();
                    output.WriteLine($"  First run ({first[SyncCollection.Users].Mode}): {first.Fetched} records into {Path.GetFileName(path)} in {first.Duration.TotalSeconds:F1} s.");

                    var students = district.Records<Rostering.User>("students").Take(3).Select(u => u.SourcedId!).ToList();
                    district.Change(FakeCollections.Users, students[0], "{\"familyName\":\"Lovelace\"}");
                    district.Change(FakeCollections.Users, students[1], "{\"email\":\"new.address@example.org\"}");
                    district.Tombstone(FakeCollections.Users, students[2]);
                    district.AddNew("students", "{\"sourcedId\":\"demo-new-student\",\"givenName\":\"Grace\",\"familyName\":\"Hopper\",\"enabledUser\":\"true\"}");
                    output.WriteLine($"  On the provider: {students[0]} and {students[1]} changed, {students[2]} marked tobedeleted, demo-new-student added.");

                    var delta = await sync.RunAsync();
                    Table(output, new[] { "collection", "mode", "fetched", "inserted", "updated", "unchanged", "deleted" },
                        delta.Collections.Select(c => new[]
                        {
                            c.Collection.Name, c.Mode.ToString(), Count(c.Fetched), Count(c.Inserted), Count(c.Updated), Count(c.Unchanged), Count(c.Deleted),
                        }));
                    output.WriteLine($"  The delta fetched {delta.Fetched} records (the first run {first.Fetched}) and changed {delta.Changed}.");
                }
            }
            finally
            {
                File.Delete(path);
                File.Delete(path + "-wal");
                File.Delete(path + "-shm");
            }
        }

        private static string Count(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
