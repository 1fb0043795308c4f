using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NUnit.Framework;
using OneRoster.Tests.Support;

namespace OneRoster.Tests.Docs
{
    /// <summary>
    /// The C# snippets in README.md and docs/*.md are copies of compiled code: each ```csharp block must appear,
    /// line for line (ignoring indentation and blank lines), in a *Snippets.cs file of this folder, which the test
    /// build compiles. Blocks that are not C# say what they are (```text, ```json, ```bash ...), so no C# can
    /// hide in an untagged block.
    /// </summary>
    [TestFixture]
    public class DocSnippetTests
    {
        private static readonly string[] KnownLanguages = { "csharp", "text", "json", "bash", "xml", "yaml", "sql" };

        private static IEnumerable<string> Documents() =>
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md")
                .Select(path => Path.Combine("docs", Path.GetFileName(path)))
                .Prepend("README.md")
                .Order(StringComparer.Ordinal);

        public static IEnumerable<TestCaseData> Blocks() =>
            Documents().SelectMany(doc => Fences(Read(doc))
                .Where(f => f.Language == "csharp")
                .Select((fence, i) => new TestCaseData(doc, fence.Code).SetArgDisplayNames($"{doc} block {i + 1}")));

        public static IEnumerable<TestCaseData> AllDocuments() =>
            Documents().Select(doc => new TestCaseData(doc).SetArgDisplayNames(doc));

        [TestCaseSource(nameof(Blocks))]
        public void Snippet_in_the_docs_is_compiled_code(string document, string block)
        {
            var compiled = Normalize(string.Join("\n", Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "OneRoster.Client.Tests", "Docs"), "*Snippets.cs").Select(File.ReadAllText)));
            Assert.That(compiled, Does.Contain(Normalize(block)), $"A csharp block of {document} is not in the compiled snippet files (tests/OneRoster.Client.Tests/Docs/*Snippets.cs).");
        }

        [TestCaseSource(nameof(AllDocuments))]
        public void Every_code_block_names_its_language(string document)
        {
            var untagged = Fences(Read(document)).Where(f => !KnownLanguages.Contains(f.Language)).Select(f => f.Code.Split('\n')[0]);
            Assert.That(untagged, Is.Empty, $"{document}: code blocks need one of {string.Join(", ", KnownLanguages)}");
        }

        [Test]
        public void The_docs_have_snippets()
        {
            Assert.That(Blocks().Count(), Is.GreaterThanOrEqualTo(25));
        }

        private static string Read(string document) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, document)).Replace("\r", string.Empty, StringComparison.Ordinal);

        /// <summary>Fenced blocks: the opening fence's info string (its first word) and the lines up to the closing fence.</summary>
        private static IEnumerable<(string Language, string Code)> Fences(string markdown) =>
            Regex.Matches(markdown, "^```([^\\n]*)\\n(.*?)^```[ \\t]*$", RegexOptions.Singleline | RegexOptions.Multiline)
                .Select(m => (m.Groups[1].Value.Trim().Split(' ')[0], m.Groups[2].Value));

        private static string Normalize(string code) =>
            string.Join("\n", code.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }
}
