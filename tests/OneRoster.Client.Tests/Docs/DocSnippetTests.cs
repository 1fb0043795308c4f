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
    /// The C# snippets in docs/ are copies of compiled code: each ```csharp block of a covered
    /// document must appear, line for line (ignoring indentation), in a snippet file of this folder.
    /// </summary>
    [TestFixture]
    public class DocSnippetTests
    {
        private static readonly string[] Covered = { "tour.md" };

        public static IEnumerable<TestCaseData> Blocks() =>
            Covered.SelectMany(doc => CodeBlocks(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", doc)))
                .Select((block, i) => new TestCaseData(doc, block).SetArgDisplayNames($"{doc} block {i + 1}")));

        [TestCaseSource(nameof(Blocks))]
        public void Snippet_in_the_docs_is_compiled_code(string document, string block)
        {
            var compiled = Normalize(string.Join("\n", Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "OneRoster.Client.Tests", "Docs"), "*Snippets.cs").Select(File.ReadAllText)));
            Assert.That(compiled, Does.Contain(Normalize(block)), $"A csharp block of docs/{document} is not in the compiled snippet files.");
        }

        [Test]
        public void Covered_documents_have_snippets()
        {
            Assert.That(Blocks().Count(), Is.GreaterThanOrEqualTo(10));
        }

        private static IEnumerable<string> CodeBlocks(string markdown) =>
            Regex.Matches(markdown, "```csharp\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);

        private static string Normalize(string code) =>
            string.Join("\n", code.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }
}
