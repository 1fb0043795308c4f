using System.IO;
using NUnit.Framework;
using OneRoster.Auth;
using OneRoster.Tests.Support;

namespace OneRoster.Tests.Docs
{
    /// <summary>What errors-and-retries.md and authentication.md promise about failures without an answer and about redaction.</summary>
    [TestFixture]
    public sealed class ErrorDocsTests
    {
        [Test]
        public void Errors_page_says_Status_is_null_when_no_answer_came_back()
        {
            var page = Read("errors-and-retries.md");

            Assert.That(page, Does.Contain("**null when no answer came back**"));
            Assert.That(page, Does.Not.Contain("`Status` 0").And.Not.Contain("Status = 0"), "Status is int? and never 0");
        }

        [Test]
        public void Authentication_page_states_when_the_bare_secret_is_replaced()
        {
            Assert.That(Read("authentication.md"), Does.Contain($"at least {CredentialRedactor.MinimumLiteralLength} characters long"));
        }

        private static string Read(string page) =>
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", page)).Replace("\r", string.Empty, System.StringComparison.Ordinal);
    }
}
