using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Sync.Tests.Contract;
using OneRoster.Testing;
using static OneRoster.Sync.Tests.Docs.MarkdownTables;

namespace OneRoster.Sync.Tests.Docs
{
    /// <summary>docs/sync.md is held to the code: options, modes, collections, log events, schema versions, the testing example.</summary>
    [TestFixture]
    public class SyncDocsTests
    {
        private static readonly string Doc = Read("docs/sync.md");

        [TestCase(typeof(RosterSyncOptions))]
        [TestCase(typeof(SyncRunOptions))]
        public void Every_option_is_in_its_table_with_its_default(Type options)
        {
            var rows = FirstTable(Section(Doc, "### `" + options.Name + "`"));
            Assert.That(rows.Select(r => r[0].Trim('`')), Is.EquivalentTo(options.GetProperties().Select(p => p.Name)));
            var defaults = Activator.CreateInstance(options)!;
            foreach (var row in rows)
            {
                var value = options.GetProperty(row[0].Trim('`'))!.GetValue(defaults);
                var shown = value switch
                {
                    null => "null",
                    bool b => b ? "`true`" : "`false`",
                    TimeSpan t when t.TotalDays >= 1 => $"{t.TotalDays} days",
                    TimeSpan t => $"{t.TotalMinutes} minutes",
                    string s => "`" + s + "`",
                    double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    TimeProvider => "`TimeProvider.System`",
                    _ when ReferenceEquals(value, SyncCollection.All) => "`SyncCollection.All`",
                    _ => value.ToString(),
                };
                Assert.That(row[1], Is.EqualTo(shown), $"default of {row[0]}");
            }
        }

        [Test]
        public void The_modes_table_lists_every_mode()
        {
            var rows = FirstTable(Section(Doc, "### Modes"));
            Assert.That(rows.Select(r => r[0].Trim('`')), Is.EqualTo(Enum.GetNames<SyncMode>()));
        }

        [Test]
        public void The_collections_table_is_the_dependency_order_with_tables_and_reference_columns()
        {
            var rows = FirstTable(Section(Doc, "### Collections and order"));
            Assert.That(rows.Select(r => (r[0], r[1].Trim('`'), r[2].Trim('`'))),
                Is.EqualTo(SyncCollection.All.Select(c => (c.Order.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Name, c.TableName))));
            foreach (var (row, collection) in rows.Zip(SyncCollection.All))
            {
                var documented = System.Text.RegularExpressions.Regex.Matches(row[3], "`([a-z_]+)`").Select(m => m.Groups[1].Value);
                Assert.That(documented, Is.EqualTo(collection.ReferenceColumns.Select(SqliteSchema.Column)), collection.Name);
            }
        }

        [Test]
        public void The_log_events_table_lists_every_event_with_its_level()
        {
            var rows = FirstTable(Section(Doc, "## Reports, progress, logs"));
            Assert.That(rows.Select(r => (r[0], r[1].Trim('`'), r[2])),
                Is.EqualTo(SyncLog.Events.Select(e => (e.Id.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Id.Name, e.Level.ToString()))));
        }

        [Test]
        public void The_migrations_table_has_a_row_per_schema_version()
        {
            var rows = FirstTable(Section(Doc, "## Schema").Split("| version | change |")[1].Insert(0, "| version | change |"));
            Assert.That(rows.Select(r => r[0]), Is.EqualTo(Enumerable.Range(1, SqliteRosterStore.SchemaVersion).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        [Test]
        public async Task The_testing_example_gets_what_its_comment_says()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 500));
            using var client = new OneRosterClient(fake.CreateClientOptions());
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".db");
            try
            {
                await using var store = new SqliteRosterStore(path);
                var sync = new RosterSync(client, store, new RosterSyncOptions { Collections = new[] { SyncCollection.Users } });
                await sync.RunAsync();
                fake.Data.Change(FakeCollections.Users, "usr-0007", "{\"familyName\":\"Hopper\"}");
                fake.Data.Tombstone(FakeCollections.Users, "usr-0008");
                var userRequests = 0;
                fake.RequestLog.Answered += request => { if (request.OperationId == "getAllUsers") userRequests++; };

                var users = (await sync.RunAsync())[SyncCollection.Users];

                Assert.That(Doc, Does.Contain("// delta[SyncCollection.Users]: Fetched 2, Updated 1, Deleted 1; userRequests == 1"));
                Assert.That((users.Fetched, users.Updated, users.Deleted, userRequests), Is.EqualTo((2L, 1L, 1L, 1)));
                Assert.That((await SyncHarness.StoredAsync(store, "default", SyncCollection.Users)).ContainsKey("usr-0008"), Is.False);
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }
    }
}
