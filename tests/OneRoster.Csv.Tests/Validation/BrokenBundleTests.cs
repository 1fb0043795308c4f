using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Csv.Tests.Support;

namespace OneRoster.Csv.Tests.Validation
{
    /// <summary>Each bundle of the corpus breaks one rule; the validator finds exactly that, at the right file, line and column.</summary>
    [TestFixture]
    public class BrokenBundleTests : TempFolderTests
    {
        /// <summary>The faults the reader itself refuses (the others it maps, and leaves to the validator).</summary>
        private static readonly string[] ReaderRules =
        {
            CsvRules.ManifestMissing, CsvRules.ManifestHeader, CsvRules.ManifestRow, CsvRules.FileEncoding, CsvRules.FieldLineBreak,
            CsvRules.HeaderMissing, CsvRules.HeaderOrder, CsvRules.HeaderCase, CsvRules.HeaderUnknown, CsvRules.HeaderDuplicate,
            CsvRules.HeaderMetadataPosition, CsvRules.RowColumnCount, CsvRules.ValueDate, CsvRules.ValueBoolean, CsvRules.ValueFloat,
            CsvRules.ValueUserId, CsvRules.ValueScoreScale, CsvRules.FileEmpty,
        };


        public static IEnumerable<BrokenBundle> Corpus() => BrokenBundleCorpus.All();

        [Test]
        public void The_corpus_has_at_least_25_bundles_and_breaks_every_rule_a_bundle_can_break()
        {
            var broken = Corpus().Select(c => c.Rule).Distinct().ToList();
            var notBreakable = new[] { CsvRules.BundleNotFound, CsvRules.BundleUnknownFile, CsvRules.ManifestPropertyUnknown, CsvRules.RowEmpty, CsvRules.WriteUnrepresentable };
            Assert.That(Corpus().Count(), Is.GreaterThanOrEqualTo(25));
            Assert.That(broken, Is.EquivalentTo(CsvRules.All.Except(notBreakable)), "warnings, a missing path and writer faults are tested apart");
        }

        [TestCaseSource(nameof(Corpus))]
        public async Task The_validator_reports_the_one_broken_rule_where_it_is(BrokenBundle fault)
        {
            var report = await CsvBundleValidator.ValidateAsync(Write(fault));

            var errors = report.Problems.Where(p => p.Severity == CsvProblemSeverity.Error).ToList();
            Assert.That(errors.Select(e => e.ToString()).ToList(), Has.Count.EqualTo(1), report.ToText());
            var problem = errors[0];
            Assert.Multiple(() =>
            {
                Assert.That(problem.Rule, Is.EqualTo(fault.Rule));
                Assert.That(problem.File, Is.EqualTo(fault.File));
                Assert.That(problem.Line, Is.EqualTo(fault.Line));
                Assert.That(problem.Column, Is.EqualTo(fault.Column));
                Assert.That(problem.ColumnNumber, Is.EqualTo(fault.ColumnNumber));
                Assert.That(report.IsValid, Is.False);
            });
        }

        [TestCaseSource(nameof(Corpus))]
        public async Task The_reader_refuses_the_faults_it_cannot_map_with_the_same_place(BrokenBundle fault)
        {
            if (!ReaderRules.Contains(fault.Rule) || fault.Name == "boolean in capitals")
            {
                Assert.That(await ReadAllAsync(Write(fault)), Is.GreaterThan(0), "the reader maps this bundle; the validator reports it");
                return;
            }
            var thrown = Assert.ThrowsAsync<CsvBundleException>(async () => await ReadAllAsync(Write(fault)))!;
            Assert.That((thrown.Problem.Rule, thrown.Problem.File, thrown.Problem.Line, thrown.Problem.ColumnNumber), Is.EqualTo((fault.Rule, fault.File, fault.Line, fault.ColumnNumber)));
        }

        [Test]
        public async Task The_valid_sample_has_no_problem()
        {
            var report = await CsvBundleValidator.ValidateAsync(SampleBundle.Valid().WriteFolder(Temp.File("valid")));
            Assert.That(report.Problems, Is.Empty, report.ToText());
            Assert.That(report.IsValid, Is.True);
        }

        private string Write(BrokenBundle fault)
        {
            var bundle = SampleBundle.Valid();
            fault.Break(bundle);
            return fault.Zip ? bundle.WriteZip(Temp.File("broken.zip")) : bundle.WriteFolder(Temp.File("broken"));
        }

        /// <summary>Reads every file of the bundle with the reader's defaults; returns the records read.</summary>
        internal static async Task<int> ReadAllAsync(string path)
        {
            var bundle = await CsvBundle.OpenAsync(path);
            var count = 0;
            var read = typeof(BrokenBundleTests).GetMethod(nameof(CountAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
            foreach (var file in CsvFiles.All)
            {
                count += await (Task<int>)read.MakeGenericMethod(file.RecordType).Invoke(null, new object[] { bundle, file })!;
            }
            return count;
        }

        private static async Task<int> CountAsync<T>(CsvBundle bundle, CsvFile<T> file) where T : class, new()
        {
            var count = 0;
            await foreach (var _ in bundle.ReadAsync(file))
            {
                count++;
            }
            return count;
        }
    }
}
