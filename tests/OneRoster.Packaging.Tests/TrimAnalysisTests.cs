using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Packaging.Tests.Support;

namespace OneRoster.Packaging.Tests
{
    /// <summary>
    /// The client under the trimming and NativeAOT analyzers: every warning they raise must come from one of the two
    /// blockers docs/architecture.md names (Newtonsoft.Json's reflection-based serializer, and configuration binding
    /// of <c>AddOneRosterClient(IConfiguration)</c>); the handwritten and generated code raise none of their own.
    /// </summary>
    [TestFixture]
    [Category("Packaging")]
    [NonParallelizable]
    public class TrimAnalysisTests
    {
        private static readonly Regex Warning = new(@"warning (IL\d{4}): (.*?) \[", RegexOptions.Compiled);

        [Test]
        public async Task Trim_and_AOT_analysis_finds_only_the_documented_blockers()
        {
            var output = Path.Combine(Path.GetTempPath(), "oneroster-trim-" + Guid.NewGuid().ToString("N"));
            try
            {
                var log = await DotnetCli.RunAsync(RepositoryRoot.Path, "build", RepositoryRoot.Combine("src", "OneRoster.Client.csproj"),
                    "-c", "Release", "-f", "net10.0", "--no-restore", "--disable-build-servers",
                    "-p:ShowTrimWarnings=true", "-p:TreatWarningsAsErrors=false",
                    $"-p:OutputPath={output}/bin/", $"-p:IntermediateOutputPath={output}/obj/");

                var warnings = Warning.Matches(log).Select(m => (Code: m.Groups[1].Value, Text: m.Groups[2].Value)).Distinct().ToList();
                var undocumented = warnings.Where(w => !w.Text.Contains("Newtonsoft.Json", StringComparison.Ordinal)
                    && !w.Text.Contains("OptionsBuilderConfigurationExtensions.Bind", StringComparison.Ordinal)).ToList();

                Assert.That(warnings, Is.Not.Empty, "the analyzers ran (Newtonsoft.Json is annotated, so they always find it)");
                Assert.That(undocumented, Is.Empty);
            }
            finally
            {
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }
            }
        }
    }
}
