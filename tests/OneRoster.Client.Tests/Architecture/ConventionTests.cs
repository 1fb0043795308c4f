using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NUnit.Framework;
using OneRoster.Tests.Support;

namespace OneRoster.Tests.Architecture
{
    /// <summary>
    /// The conventions .editorconfig cannot express on its own: test names read as sentences
    /// (Sentence_case_with_underscores), and the build, not only the editor, enforces the field style.
    /// </summary>
    [TestFixture]
    public class ConventionTests
    {
        private static readonly Regex TestAttribute = new(@"^\s*\[(?:Test|TestCase|TestCaseSource|Property|Theory)\b", RegexOptions.Multiline);
        private static readonly Regex MethodDeclaration = new(@"\b(?:public|internal|private)\s+(?:async\s+)?(?:static\s+)?[\w<>\[\],\.?]+(?:<[^()]*>)?\s+(\w+)\s*\(");
        private static readonly Regex SentenceCase = new(@"^[A-Z][A-Za-z0-9]*(_[A-Za-z0-9']+)+$");

        [Test]
        public void Every_test_method_in_every_test_project_is_named_as_a_sentence()
        {
            var tests = TestMethods().ToList();
            var misnamed = tests.Where(t => !SentenceCase.IsMatch(t.Name)).Select(t => $"{t.File}: {t.Name}").ToList();

            Assert.That(tests, Has.Count.GreaterThan(400), "the scan must find the test methods it checks");
            Assert.That(misnamed, Is.Empty, "test methods are Sentence_case_with_underscores, e.g. Delta_run_reads_only_changed_records");
        }

        [Test]
        public void The_build_enforces_the_editorconfig_naming_rules()
        {
            var props = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
            var editorConfig = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".editorconfig"));

            Assert.Multiple(() =>
            {
                Assert.That(props.Descendants("EnforceCodeStyleInBuild").Select(e => e.Value), Does.Contain("true"));
                Assert.That(props.Descendants("TreatWarningsAsErrors").Select(e => e.Value), Does.Contain("true"));
                Assert.That(editorConfig, Does.Contain("dotnet_diagnostic.IDE1006.severity = warning"));
                Assert.That(editorConfig, Does.Contain("dotnet_naming_style.underscore_camel_case.required_prefix = _"));
            });
        }

        private static IEnumerable<(string File, string Name)> TestMethods()
        {
            var testsRoot = Path.Combine(RepositoryPaths.Root, "tests");
            foreach (var file in Directory.EnumerateFiles(testsRoot, "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/');
                if (relative.Contains("/obj/") || relative.Contains("/bin/"))
                {
                    continue;
                }
                var text = File.ReadAllText(file);
                foreach (Match attribute in TestAttribute.Matches(text))
                {
                    var method = MethodDeclaration.Match(text, attribute.Index + attribute.Length);
                    if (method.Success)
                    {
                        yield return (relative, method.Groups[1].Value);
                    }
                }
            }
        }
    }
}
