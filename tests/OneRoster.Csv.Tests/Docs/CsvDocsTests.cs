using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;
using OneRoster.Csv.Tests.Support;

namespace OneRoster.Csv.Tests.Docs
{
    /// <summary>docs/csv.md is held to the code: the mapping tables, the rules, every option and every public type.</summary>
    [TestFixture]
    public class CsvDocsTests
    {
        private static readonly string Doc = Repository.Read("docs/csv.md");

        public static IEnumerable<TestCaseData> Files() => CsvFiles.All.Select(f => new TestCaseData(f).SetArgDisplayNames(f.Name));

        [TestCaseSource(nameof(Files))]
        public void The_mapping_table_of_each_file_is_its_columns_in_order(CsvFile file)
        {
            var tables = Tables(Section(Doc, "### " + file.Name));
            Assert.That(tables[0], Is.EqualTo(Rows(file.Columns)), $"{file.Name}: 1.2.1 columns");
            var columns11 = file.ColumnsFor(CsvVersion.V1_1);
            if (columns11 is not null && !columns11.Select(c => c.Header).SequenceEqual(file.Columns.Select(c => c.Header)))
            {
                Assert.That(tables, Has.Count.EqualTo(2), $"{file.Name}: a 1.1 table");
                Assert.That(tables[1], Is.EqualTo(Rows(columns11)), $"{file.Name}: 1.1 columns");
            }
            else
            {
                Assert.That(tables, Has.Count.EqualTo(1));
            }
        }

        [Test]
        public void The_rules_table_lists_every_rule_in_order()
        {
            var rules = Tables(Section(Doc, "### Rules"))[0].Select(r => r[0].Trim('`')).ToList();
            Assert.That(rules, Is.EqualTo(CsvRules.All));
            var constants = typeof(CsvRules).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
            Assert.That(CsvRules.All, Is.EquivalentTo(constants));
        }

        [TestCase(typeof(CsvReaderOptions))]
        [TestCase(typeof(CsvWriterOptions))]
        [TestCase(typeof(CsvValidatorOptions))]
        [TestCase(typeof(CsvExportOptions))]
        public void Every_option_is_in_its_table(Type options)
        {
            var documented = Tables(Section(Doc, "### `" + options.Name + "`"))[0].Select(r => r[0].Trim('`'));
            Assert.That(documented, Is.EquivalentTo(options.GetProperties().Select(p => p.Name)));
        }

        [Test]
        public void Every_public_type_of_the_package_is_in_the_types_table()
        {
            var documented = Tables(Section(Doc, "## Public types"))[0]
                .SelectMany(r => Regex.Matches(r[0], "`([^`]+)`").Select(m => m.Groups[1].Value.Replace("<T>", "`1", StringComparison.Ordinal)));
            var types = typeof(CsvBundle).Assembly.GetExportedTypes().Select(t => t.Name);
            Assert.That(documented, Is.EquivalentTo(types));
        }

        [Test]
        public void The_not_carried_table_names_what_the_round_trip_leaves_out()
        {
            var rows = Tables(Section(Doc, "## What a bundle cannot carry"))[0];
            foreach (var (file, path) in RoundTrip.CsvProjection.NotCarried)
            {
                var field = path.Split('.')[^1].TrimEnd('[', ']');
                Assert.That(rows.Any(r => r[0] == file && r[1].Contains(field, StringComparison.Ordinal)), Is.True, $"{file} {path}");
            }
        }

        /// <summary>A table row as the docs write it: position, header, required, type, property.</summary>
        private static List<string[]> Rows(IReadOnlyList<CsvColumn> columns) => columns.Select((c, i) => new[]
        {
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "`" + c.Header + "`",
            c.Requirement switch { CsvRequirement.Required => "yes", CsvRequirement.RequiredInDelta => "delta", _ => "no" },
            c.Type + (c.References is null ? string.Empty : " → " + c.References) +
                (c.Values.Count > 0 && c.Type != CsvValueType.Boolean && c.Header != "status" ? " (" + string.Join(", ", c.Values) + (c.IsExtensible ? ", ext:…" : string.Empty) + ")" : string.Empty),
            "`" + c.Property + "`",
        }).ToList();

        /// <summary>The text from a heading to the next heading of the same or a higher level.</summary>
        private static string Section(string markdown, string heading)
        {
            var start = markdown.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), $"docs/csv.md has no '{heading}'");
            var level = heading.TakeWhile(c => c == '#').Count();
            var next = Regex.Match(markdown[(start + heading.Length + 2)..], "^#{1," + level + "} ", RegexOptions.Multiline);
            return next.Success ? markdown.Substring(start, heading.Length + 2 + next.Index) : markdown[start..];
        }

        /// <summary>The body rows of each table in a section, cells trimmed.</summary>
        private static List<List<string[]>> Tables(string section)
        {
            var tables = new List<List<string[]>>();
            List<string[]>? current = null;
            foreach (var line in section.Split('\n'))
            {
                if (!line.StartsWith('|'))
                {
                    current = null;
                    continue;
                }
                if (current is null)
                {
                    tables.Add(current = new List<string[]>());
                    continue; // the header row
                }
                if (line.StartsWith("|---", StringComparison.Ordinal) || line.StartsWith("|--", StringComparison.Ordinal))
                {
                    continue;
                }
                current.Add(line.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray());
            }
            return tables;
        }
    }
}
