using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using NUnit.Framework;
using OneRoster.Gradebook;
using OneRoster.Tests.Support;

namespace OneRoster.Tests.Docs
{
    /// <summary>
    /// Holds the pages to what a newcomer needs from them (issue 21): every option in the configuration table, the
    /// namespaces each page's snippets use, the fields a result needs, the client's streams before the low-level
    /// paginator, the provider profile in filtering, how hand-built fake records link, and why tests skip.
    /// </summary>
    [TestFixture]
    public sealed class NewcomerDocsTests
    {
        // What a new SDK-style project with ImplicitUsings gets without a using directive.
        private static readonly HashSet<string> ImplicitUsings = new(StringComparer.Ordinal)
        {
            "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
        };

        [Test]
        public void Configuration_table_lists_every_public_option()
        {
            var page = Read("docs/configuration.md");
            var table = page.Substring(page.IndexOf("| option | default | meaning |", StringComparison.Ordinal));
            table = table.Substring(0, table.IndexOf("\n\n", StringComparison.Ordinal));
            var documented = table.Split('\n').Skip(2)
                .SelectMany(row => Regex.Matches(row.Split('|')[1], "`([A-Za-z]+)`").Select(m => m.Groups[1].Value))
                .ToList();
            var options = typeof(OneRosterClientOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => p.Name);

            Assert.That(documented, Is.EquivalentTo(options), "docs/configuration.md's option table and OneRosterClientOptions' settable properties");
        }

        public static IEnumerable<TestCaseData> SnippetFiles() =>
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "OneRoster.Client.Tests", "Docs"), "*Snippets.cs")
                .Select(path => new TestCaseData(Path.GetFileName(path)).SetArgDisplayNames(Path.GetFileName(path)));

        [TestCaseSource(nameof(SnippetFiles))]
        public void Page_names_every_namespace_its_snippets_need(string snippetFile)
        {
            var code = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "OneRoster.Client.Tests", "Docs", snippetFile));
            // The pages a file serves are named in its "// The snippets of ..." comment; else the file's name says it.
            var header = Regex.Match(code, "// The snippets? of (.*?)[,;.] ?(compiled|Each)", RegexOptions.Singleline).Groups[1].Value;
            var pages = Regex.Matches(header, @"docs/[a-z-]+\.md|README\.md").Select(m => m.Value).ToList();
            if (pages.Count == 0)
            {
                var name = snippetFile.Substring(0, snippetFile.Length - "Snippets.cs".Length);
                pages.Add(name == "Readme" ? "README.md" : "docs/" + name.ToLowerInvariant() + ".md");
            }
            var text = pages.Select(Read).ToList();
            var needed = Regex.Matches(code, @"^using ([A-Za-z.]+);", RegexOptions.Multiline)
                .Select(m => m.Groups[1].Value)
                .Where(ns => !ImplicitUsings.Contains(ns))
                .Append("OneRoster");

            var missing = needed.Where(ns => !text.Any(page => page.Contains("`" + ns + "`", StringComparison.Ordinal) || page.Contains("using " + ns + ";", StringComparison.Ordinal)));

            Assert.That(missing, Is.Empty, $"{string.Join(", ", pages)}: these namespaces the snippets use are named nowhere on the page");
        }

        [Test]
        public void Tour_gradebook_result_sets_every_field_the_binding_requires()
        {
            var snippets = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "OneRoster.Client.Tests", "Docs", "TourSnippets.cs"));
            var gradebook = Regex.Match(snippets, "// snippet: gradebook(.*?)// end snippet", RegexOptions.Singleline).Groups[1].Value;
            var result = Regex.Match(gradebook, @"new Result\s*\{(.*?)\n\s*\},", RegexOptions.Singleline).Groups[1].Value;
            var set = Regex.Matches(result, @"^\s*([A-Za-z]+)\s*=", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

            Assert.That(set, Is.SupersetOf(RequiredProperties(typeof(Result))));
            Assert.That(RequiredProperties(typeof(Result)), Has.Count.EqualTo(7), "sourcedId, status, dateLastModified, lineItem, student, scoreStatus, scoreDate");
            Assert.That(Read("docs/tour.md"), Does.Contain("IReadOnlyList<GuidPair> pairs = await client.LineItems[lineItemId].PostResultsAsync("));
        }

        [Test]
        public void Pagination_page_opens_with_the_client_streams_and_their_tuning()
        {
            var page = Read("docs/pagination.md");
            var first = Regex.Match(page, "```csharp\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

            Assert.That(first, Does.Contain("client.Users.StreamAsync(").And.Contain("client.Users.ListAsync(")
                .And.Contain("PageSize =").And.Contain("MaxConcurrency =").And.Not.Contain("Paginator"));
        }

        [Test]
        public void Filtering_page_shows_how_to_set_the_provider_profile()
        {
            var page = Read("docs/filtering.md");
            var blocks = Regex.Matches(page, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);

            Assert.That(blocks.Any(b => b.Contains("Provider = OneRosterProvider.", StringComparison.Ordinal) && b.Contains("FilterCapabilities = FilterCapabilities.", StringComparison.Ordinal)), Is.True);
        }

        [Test]
        public async Task Testing_page_linking_example_links_as_it_says()
        {
            var (students, inClass) = await TestingSnippets.Linking();

            Assert.That(students.Select(u => u.SourcedId), Is.EqualTo(new[] { "u1" }), "the 1.2 roles[].org user only; the 1.1 orgs user links to nothing");
            Assert.That(inClass.Select(u => u.SourcedId), Is.EqualTo(new[] { "u1" }));
            Assert.That(Read("docs/testing.md"), Does.Contain("**`roles[].org`**").And.Contain("`orgs`"));
        }

        [Test]
        public void Readme_says_why_reference_tests_skip_and_how_to_run_them()
        {
            var readme = Read("README.md");

            Assert.That(readme, Does.Contain("`ONEROSTER_REFERENCE_DIR`").And.Contain("**skipped**"));
            var variable = Regex.Match(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "OneRoster.Client.Tests", "Support", "RepositoryPaths.cs")),
                "GetEnvironmentVariable\\(\"([A-Z_]+)\"\\) \\?\\? Path").Groups[1].Value;
            Assert.That(variable, Is.EqualTo("ONEROSTER_REFERENCE_DIR"), "the variable the tests read");
        }

        /// <summary>Properties whose generated documentation starts with "Required." (the binding's required fields).</summary>
        private static List<string> RequiredProperties(Type type)
        {
            var xml = Path.ChangeExtension(type.Assembly.Location, ".xml");
            var prefix = "P:" + type.FullName + ".";
            return XDocument.Load(xml).Descendants("member")
                .Where(m => ((string?)m.Attribute("name"))?.StartsWith(prefix, StringComparison.Ordinal) == true
                    && m.Element("summary")?.Value.Trim().StartsWith("Required.", StringComparison.Ordinal) == true)
                .Select(m => ((string)m.Attribute("name")!).Substring(prefix.Length))
                .ToList();
        }

        private static string Read(string document) =>
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, document)).Replace("\r", string.Empty, StringComparison.Ordinal);
    }
}
