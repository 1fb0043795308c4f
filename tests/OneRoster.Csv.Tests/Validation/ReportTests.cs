using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Csv.Tests.Support;

namespace OneRoster.Csv.Tests.Validation
{
    [TestFixture]
    public class ReportTests
    {
        [Test]
        public async Task The_json_report_carries_every_problem_with_its_place_and_the_text_report_reads_like_a_compiler()
        {
            using var temp = new TempPaths();
            var sample = SampleBundle.Valid().Set("users.csv", 2, "enabledUser", "yes").Set("classes.csv", 2, "classType", "lab");
            var report = await CsvBundleValidator.ValidateAsync(sample.WriteFolder(temp.File("b")));

            using var json = JsonDocument.Parse(report.ToJson());
            var root = json.RootElement;
            Assert.That(root.GetProperty("valid").GetBoolean(), Is.False);
            Assert.That(root.GetProperty("errors").GetInt64(), Is.EqualTo(2));
            Assert.That(root.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()), Does.Contain("users.csv"));
            var problems = root.GetProperty("problems").EnumerateArray()
                .Select(p => (p.GetProperty("file").GetString(), p.GetProperty("line").GetInt32(), p.GetProperty("column").GetString(), p.GetProperty("columnNumber").GetInt32(), p.GetProperty("rule").GetString(), p.GetProperty("severity").GetString()))
                .ToList();
            Assert.That(problems, Is.EqualTo(new[]
            {
                ("classes.csv", 2, "classType", 8, CsvRules.ValueVocabulary, "error"),
                ("users.csv", 2, "enabledUser", 4, CsvRules.ValueBoolean, "error"),
            }));
            var text = report.ToText();
            Assert.That(text, Does.StartWith("b (OneRoster 1.2): invalid, 2 errors, 0 warnings"));
            Assert.That(text, Does.Contain("users.csv:2:4 (enabledUser) value.boolean: 'yes' is not true or false (lower case)."));
        }

        [Test]
        public async Task A_report_keeps_at_most_the_problems_asked_for_and_counts_them_all()
        {
            using var temp = new TempPaths();
            var sample = SampleBundle.Valid().Set("users.csv", 2, "enabledUser", "yes").Set("users.csv", 3, "enabledUser", "no").Set("users.csv", 4, "enabledUser", "n");
            var report = await CsvBundleValidator.ValidateAsync(sample.WriteFolder(temp.File("b")), new CsvValidatorOptions { MaxProblems = 2 });
            Assert.That((report.Problems.Count, report.ErrorCount, report.Truncated), Is.EqualTo((2, 3L, true)));
        }
    }
}
