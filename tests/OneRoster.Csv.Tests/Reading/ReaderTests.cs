using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Csv.Tests.Support;

namespace OneRoster.Csv.Tests.Reading
{
    [TestFixture]
    public class ReaderTests : TempFolderTests
    {

        [Test]
        public async Task With_a_problem_handler_reading_goes_on_and_the_value_that_does_not_map_stays_empty()
        {
            var sample = SampleBundle.Valid().Set("users.csv", 2, "enabledUser", "yes").Set("users.csv", 3, "userIds", "{SIS:S2},SIS");
            var problems = new List<CsvProblem>();
            var bundle = await CsvBundle.OpenAsync(sample.WriteFolder(Temp.File("b")), new CsvReaderOptions { OnProblem = problems.Add });

            var users = await bundle.ReadAsync(CsvFiles.Users).ToListAsync();

            Assert.That(users.Select(u => u.SourcedId), Is.EqualTo(new[] { "usr-1", "usr-2", "usr-3" }), "no record is dropped");
            Assert.That(users[0].EnabledUser, Is.Null);
            Assert.That(users[1].UserIds!.Select(i => i.Identifier), Is.EqualTo(new[] { "S2" }));
            Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
            {
                "users.csv:2:4 (enabledUser) value.boolean: 'yes' is not true or false.",
                "users.csv:3:6 (userIds) value.user-id: 'SIS' is not {type:identifier}.",
            }));
        }

        [Test]
        public async Task Spreadsheet_booleans_and_date_times_in_date_columns_map()
        {
            var sample = SampleBundle.Valid().Set("enrollments.csv", 2, "primary", "TRUE").Set("enrollments.csv", 2, "beginDate", "2025-08-01T00:00:00Z")
                .Set("lineItems.csv", 2, "assignDate", "2025-09-01T08:00:00.000Z");
            var bundle = await CsvBundle.OpenAsync(sample.WriteFolder(Temp.File("b")));

            var enrollment = (await bundle.ReadAsync(CsvFiles.Enrollments).ToListAsync())[0];
            var item = (await bundle.ReadAsync(CsvFiles.LineItems).ToListAsync())[0];

            Assert.That(enrollment.Primary, Is.EqualTo("true"));
            Assert.That(enrollment.BeginDate, Is.EqualTo(new System.DateOnly(2025, 8, 1)));
            Assert.That(item.AssignDate, Is.EqualTo(new System.DateTimeOffset(2025, 9, 1, 8, 0, 0, System.TimeSpan.Zero)), "a date-time keeps its time");
            Assert.That(item.DueDate, Is.EqualTo(new System.DateTimeOffset(2025, 9, 8, 0, 0, 0, System.TimeSpan.Zero)), "a date is midnight UTC");
        }

        [Test]
        public async Task Complete_records_carry_their_association_rows_and_children()
        {
            var bundle = await CsvBundle.OpenAsync(SampleBundle.Valid().WriteFolder(Temp.File("b")));

            var users = await bundle.ReadCompleteAsync(CsvFiles.Users).ToListAsync();
            var orgs = await bundle.ReadCompleteAsync(CsvFiles.Orgs).ToListAsync();
            var classes = await bundle.ReadCompleteAsync(CsvFiles.Classes).ToListAsync();

            Assert.That(users.Select(u => u.Roles!.Single().Role), Is.EqualTo(new[] { "teacher", "student", "guardian" }));
            Assert.That(users[0].Roles![0].BeginDate, Is.EqualTo(new System.DateOnly(2025, 8, 1)));
            Assert.That(orgs[0].Children!.Select(c => (c.SourcedId, c.Type)), Is.EqualTo(new[] { ("org-2", "org") }));
            Assert.That(orgs[1].Children, Is.Null);
            Assert.That(classes[0].Resources!.Select(r => r.SourcedId), Is.EqualTo(new[] { "rsc-1" }));
        }

        [Test]
        public void A_path_that_is_no_bundle_is_a_typed_error()
        {
            var thrown = Assert.ThrowsAsync<CsvBundleException>(() => CsvBundle.OpenAsync(Temp.File("nothing.zip")))!;
            Assert.That(thrown.Problem.Rule, Is.EqualTo(CsvRules.BundleNotFound));
        }

        [Test]
        public async Task Warnings_do_not_make_a_bundle_invalid_but_are_reported_where_they_are()
        {
            var sample = SampleBundle.Valid().Raw("orgs.csv", "org-1,", "\norg-1,").Bytes("notes.txt", new byte[] { 0x41 });
            sample["manifest.csv"].Add(new[] { "vendor.batch", "7" });

            var report = await CsvBundleValidator.ValidateAsync(sample.WriteFolder(Temp.File("w")));

            Assert.That(report.IsValid, Is.True, report.ToText());
            Assert.That(report.Problems.Select(p => (p.File, p.Line, p.Rule, p.Severity)), Is.EquivalentTo(new[]
            {
                ("manifest.csv", 27, CsvRules.ManifestPropertyUnknown, CsvProblemSeverity.Warning),
                ("orgs.csv", 2, CsvRules.RowEmpty, CsvProblemSeverity.Warning),
                ("notes.txt", 0, CsvRules.BundleUnknownFile, CsvProblemSeverity.Warning),
            }));
        }
    }
}
