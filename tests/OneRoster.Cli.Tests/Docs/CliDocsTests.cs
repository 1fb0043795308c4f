using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Cli.Hosting;
using OneRoster.Cli.Tests.Support;

namespace OneRoster.Cli.Tests.Docs
{
    /// <summary>
    /// docs/cli.md is held to the tool: every command has a section whose options table lists exactly the options
    /// its real <c>--help</c> shows (global options once, in their own table), and the exit code table lists
    /// exactly the codes the tool has.
    /// </summary>
    [TestFixture]
    public class CliDocsTests
    {
        private static readonly string[] GlobalOptionNames = { "--profile", "--json", "--verbose", "--help" };

        public static IEnumerable<TestCaseData> Commands() =>
            Leaves(CliApp.BuildRoot(new CliHost(TextWriter.Null, TextWriter.Null, _ => null, "unused")), Array.Empty<string>())
                .Select(path => new TestCaseData((object)path).SetArgDisplayNames(string.Join(" ", path)));

        [TestCaseSource(nameof(Commands))]
        public async Task Each_command_s_options_in_the_docs_are_those_of_its_help(string[] path)
        {
            var help = await new CliRun("unused").RunAsync(path.Append("--help").ToArray());
            var fromHelp = OptionNames(Section(help.Output, "Options:")).Except(GlobalOptionNames).Order(StringComparer.Ordinal).ToList();

            var heading = "### `oneroster " + string.Join(" ", path) + "`";
            var documented = DocumentedOptions(heading).Order(StringComparer.Ordinal).ToList();

            Assert.That(help.ExitCode, Is.EqualTo(ExitCodes.Ok));
            Assert.That(documented, Is.EqualTo(fromHelp), $"docs/cli.md, {heading}: the options table differs from 'oneroster {string.Join(" ", path)} --help'");
        }

        [Test]
        public async Task The_global_options_table_lists_the_root_commands_options()
        {
            var help = await new CliRun("unused").RunAsync("--help");
            var fromHelp = OptionNames(Section(help.Output, "Options:")).Where(o => o != "--version").Order(StringComparer.Ordinal);

            Assert.That(DocumentedOptions("## Global options").Order(StringComparer.Ordinal), Is.EqualTo(fromHelp));
        }

        [Test]
        public void The_exit_code_table_lists_every_exit_code()
        {
            var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetValue(null)!).Order();
            var table = TableRows(Section(Docs(), "## Exit codes")).Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).Order();

            Assert.That(table, Is.EqualTo(codes));
        }

        [Test]
        public void Every_collection_is_named_in_the_docs()
        {
            var section = Section(Docs(), "## Collections");

            Assert.That(Records.CollectionCatalog.Names.Where(n => !section.Contains($"`{n}`", StringComparison.Ordinal)), Is.Empty);
        }

        private static IEnumerable<string[]> Leaves(Command command, string[] path)
        {
            var here = command.Name == "oneroster" ? path : path.Append(command.Name).ToArray();
            if (command.Subcommands.Count == 0)
            {
                yield return here;
                yield break;
            }
            foreach (var sub in command.Subcommands)
            {
                foreach (var leaf in Leaves(sub, here))
                {
                    yield return leaf;
                }
            }
        }

        private static string Docs() => File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot(), "docs", "cli.md")).Replace("\r", string.Empty, StringComparison.Ordinal);

        private static IEnumerable<string> DocumentedOptions(string heading) =>
            TableRows(Section(Docs(), heading)).Select(r => r[0]).SelectMany(cell => Regex.Matches(cell, @"`(-{1,2}[\w?-]+)").Select(m => m.Groups[1].Value))
                .Where(o => o.StartsWith("--", StringComparison.Ordinal));

        /// <summary>The text after a heading line (or help title) up to the next heading of the same or a higher level.</summary>
        private static string Section(string text, string heading)
        {
            var lines = text.Split('\n');
            var start = Array.FindIndex(lines, l => l.TrimEnd() == heading);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), $"'{heading}' not found");
            var level = heading.StartsWith('#') ? heading.TakeWhile(c => c == '#').Count() : 0;
            var body = lines.Skip(start + 1).TakeWhile(l => level == 0 ? l.Length == 0 || l.StartsWith(' ') : !IsHeadingUpTo(l, level));
            return string.Join("\n", body);
        }

        private static bool IsHeadingUpTo(string line, int level)
        {
            var hashes = line.TakeWhile(c => c == '#').Count();
            return hashes > 0 && hashes <= level && line.Length > hashes && line[hashes] == ' ';
        }

        private static IEnumerable<string[]> TableRows(string section) =>
            section.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal))
                .Skip(1).Select(l => Regex.Split(l.Trim('|', ' '), @"(?<!\\)\|").Select(c => c.Trim()).ToArray());

        private static IEnumerable<string> OptionNames(string helpSection) =>
            helpSection.Split('\n').Select(l => Regex.Match(l, @"^  ((?:-{1,2}[\w?-]+(?:, )?)+)"))
                .Where(m => m.Success)
                .SelectMany(m => m.Groups[1].Value.Split(", ").Where(o => o.StartsWith("--", StringComparison.Ordinal)));
    }
}
