using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Csv.Tests.Support;
using OneRoster.Csv.Tests.Validation;

namespace OneRoster.Csv.Tests.Reading
{
    /// <summary>
    /// Valid bundles in the shapes student information systems and spreadsheets export pass both the validator (no
    /// error) and the reader (every file maps, values intact).
    /// </summary>
    [TestFixture]
    public class SisShapeTests : TempFolderTests
    {

        public static IEnumerable<TestCaseData> Shapes()
        {
            yield return new TestCaseData("LF, lists quoted only when they hold several items", (System.Action<SampleBundle>)(_ => { }), false).SetArgDisplayNames("plain LF");
            yield return new TestCaseData("UTF-8 BOM and CRLF (Windows exports, Excel)", (System.Action<SampleBundle>)(b => { b.Bom = true; b.NewLine = "\r\n"; }), false).SetArgDisplayNames("BOM and CRLF");
            yield return new TestCaseData("every field quoted, empty ones too", (System.Action<SampleBundle>)(b => b.QuoteAll = true), false).SetArgDisplayNames("all quoted");
            yield return new TestCaseData("zipped, BOM, CRLF, all quoted", (System.Action<SampleBundle>)(b => { b.Bom = true; b.NewLine = "\r\n"; b.QuoteAll = true; }), true).SetArgDisplayNames("zip of all three");
            yield return new TestCaseData("no line break after the last row", (System.Action<SampleBundle>)(b => b.Raw("users.csv", ",,,,,,,,\n", ",,,,,,,,")), false).SetArgDisplayNames("no final newline");
            yield return new TestCaseData("extension columns at the right", (System.Action<SampleBundle>)(b => AddMetadata(b)), false).SetArgDisplayNames("metadata columns");
            yield return new TestCaseData("June 2022 1.2 users.csv with resourceSourcedIds", (System.Action<SampleBundle>)(b => LegacyUsers(b)), false).SetArgDisplayNames("1.2 (2022) users");
        }

        [TestCaseSource(nameof(Shapes))]
        public async Task A_valid_bundle_in_this_shape_validates_and_reads(string shape, System.Action<SampleBundle> apply, bool zip)
        {
            var sample = SampleBundle.Valid();
            apply(sample);
            var path = zip ? sample.WriteZip(Temp.File("bundle.zip")) : sample.WriteFolder(Temp.File("bundle"));

            var report = await CsvBundleValidator.ValidateAsync(path);
            Assert.That(report.ErrorCount, Is.Zero, shape + "\n" + report.ToText());

            Assert.That(await BrokenBundleTests.ReadAllAsync(path), Is.EqualTo(21), "every row of every file");
            var bundle = await CsvBundle.OpenAsync(path);
            var users = await bundle.ReadAsync(CsvFiles.Users).ToListAsync();
            var alex = users.Single(u => u.SourcedId == "usr-2");
            Assert.Multiple(() =>
            {
                Assert.That(alex.UserIds!.Select(i => (i.Type, i.Identifier)), Is.EqualTo(new[] { ("SIS", "S2"), ("LDAP", "asmith") }));
                Assert.That(alex.Agents!.Select(a => (a.SourcedId, a.Type)), Is.EqualTo(new[] { ("usr-3", "user") }));
                Assert.That(alex.PrimaryOrg!.SourcedId, Is.EqualTo("org-2"));
                Assert.That(alex.PreferredFirstName, Is.EqualTo("Al"));
                Assert.That(alex.Pronouns, Is.EqualTo("they/them"));
                Assert.That(alex.Grades, Is.EqualTo(new[] { "09" }));
                Assert.That(alex.Status, Is.Null, "bulk rows carry no status");
                Assert.That(users.Single(u => u.SourcedId == "usr-3").EnabledUser, Is.EqualTo("false"));
            });
            var cls = (await bundle.ReadAsync(CsvFiles.Classes).ToListAsync()).Single();
            Assert.That(cls.Periods, Is.EqualTo(new[] { "1", "2" }));
            Assert.That(cls.Grades, Is.EqualTo(new[] { "09", "10" }));
        }

        [Test]
        public async Task A_1_1_bundle_validates_and_reads_with_roles_from_its_users_file()
        {
            var path = SampleBundle.Valid11().WriteFolder(Temp.File("v11"));

            var report = await CsvBundleValidator.ValidateAsync(path);
            Assert.That(report.ErrorCount, Is.Zero, report.ToText());
            Assert.That(report.Version, Is.EqualTo(CsvVersion.V1_1));

            var bundle = await CsvBundle.OpenAsync(path);
            Assert.That(bundle.Version, Is.EqualTo(CsvVersion.V1_1));
            var alex = (await bundle.ReadCompleteAsync(CsvFiles.Users).ToListAsync()).Single(u => u.SourcedId == "usr-2");
            Assert.That(alex.Roles!.Select(r => (r.RoleType, r.Role, r.Org!.SourcedId)), Is.EqualTo(new[] { ("primary", "student", "org-2"), ("secondary", "student", "org-1") }));
            var item = (await bundle.ReadAsync(CsvFiles.LineItems).ToListAsync()).Single();
            Assert.That(item.GradingPeriod!.SourcedId, Is.EqualTo("as-2"));
            Assert.That(item.AcademicSession, Is.Null);
            var category = (await bundle.ReadAsync(CsvFiles.Categories).ToListAsync()).Single();
            Assert.That((category.Title, category.Weight), Is.EqualTo(("Homework", (float?)null)));
        }

        private static void AddMetadata(SampleBundle bundle)
        {
            var orgs = bundle["orgs.csv"];
            for (var i = 0; i < orgs.Count; i++)
            {
                orgs[i] = orgs[i].Append(i == 0 ? "metadata.jp.kanaName" : "スプリングフィールド").Append(i == 0 ? "metadata.ncesType" : string.Empty).ToArray();
            }
        }

        private static void LegacyUsers(SampleBundle bundle)
        {
            var users = bundle["users.csv"];
            for (var i = 0; i < users.Count; i++)
            {
                var row = users[i].ToList();
                row.Insert(17, i == 0 ? "resourceSourcedIds" : i == 2 ? "rsc-1" : string.Empty);
                users[i] = row.ToArray();
            }
        }
    }
}
