using System;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using OneRoster.Csv.Tests.Support;

namespace OneRoster.Csv.Tests.Binding
{
    /// <summary>The column tables in code are the binding's: every header line of the reference, in order and case.</summary>
    [TestFixture]
    public class BindingTableTests
    {
        [Test]
        public void Every_1_2_1_header_line_of_the_reference_is_the_files_header()
        {
            var reference = Repository.BindingReference();
            var block = reference[reference.IndexOf("### 2.23", StringComparison.Ordinal)..];
            block = block[(block.IndexOf("```", StringComparison.Ordinal) + 3)..];
            block = block[..block.IndexOf("```", StringComparison.Ordinal)];
            var lines = Regex.Matches(block, @"^(\w+): (.+)$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value + ".csv", m => m.Groups[2].Value.Trim());

            Assert.That(lines.Keys, Is.EquivalentTo(CsvFiles.All.Select(f => f.Name)));
            foreach (var file in CsvFiles.All)
            {
                Assert.That(file.HeaderLine(), Is.EqualTo(lines[file.Name]), file.Name);
            }
        }

        [Test]
        public void The_1_1_headers_that_differ_are_the_references()
        {
            var reference = Repository.BindingReference();
            foreach (var file in new[] { CsvFiles.Categories, CsvFiles.LineItems, CsvFiles.Results, (CsvFile)CsvFiles.Users })
            {
                var row = reference.Split('\n').First(l => l.StartsWith("| " + file.Name[..^4] + " |", StringComparison.Ordinal) && l.Contains("`sourcedId,", StringComparison.Ordinal));
                var header = Regex.Match(row, "`(sourcedId,[^`]+)`").Groups[1].Value;
                Assert.That(file.HeaderLine(CsvVersion.V1_1), Is.EqualTo(header), file.Name);
            }
            Assert.That(CsvFiles.For(CsvVersion.V1_1).Count(), Is.EqualTo(13));
            Assert.That(CsvFiles.Roles.ColumnsFor(CsvVersion.V1_1), Is.Null);
        }

        [Test]
        public void Every_file_maps_to_the_record_type_it_names_and_every_column_to_a_property()
        {
            foreach (var file in CsvFiles.All)
            {
                Assert.That(file.Columns.Select(c => c.Header).Distinct().Count(), Is.EqualTo(file.Columns.Count), file.Name);
                Assert.That(file.Columns.Take(3).Select(c => c.Header), Is.EqualTo(new[] { "sourcedId", "status", "dateLastModified" }));
                Assert.That(file.Columns.Where(c => c.Type is CsvValueType.GuidReference or CsvValueType.GuidReferenceList).Select(c => CsvFiles.Find(c.References!)), Is.All.Not.Null, file.Name);
                foreach (var column in file.Columns.Where(c => !c.Property.Contains('[', StringComparison.Ordinal) && !c.Property.Contains(' ', StringComparison.Ordinal)))
                {
                    Assert.That(file.RecordType.GetProperty(column.Property.Split('.')[0]), Is.Not.Null, $"{file.Name} {column.Header} → {column.Property}");
                }
            }
        }
    }
}
