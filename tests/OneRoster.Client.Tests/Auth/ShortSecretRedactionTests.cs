using System;
using System.Net;
using System.Text;
using NUnit.Framework;
using OneRoster.Auth;
using OneRoster.Errors;
using OneRoster.Tests.Client;
using WireMock.RequestBuilders;

namespace OneRoster.Tests.Auth
{
    /// <summary>
    /// Secrets are redacted where credentials travel (form values, JSON properties, Authorization schemes, the
    /// Basic credential), never by replacing every occurrence in free text: a one-letter or common-word secret
    /// must leave the client's messages and the endpoint's wording intact.
    /// </summary>
    [TestFixture]
    public sealed class ShortSecretRedactionTests
    {
        private FakeProvider _provider = null!;

        [SetUp]
        public void SetUp() => _provider = new FakeProvider();

        [TearDown]
        public void TearDown() => _provider.Dispose();

        [TestCase("b")]
        [TestCase("e")]
        [TestCase("ot")]
        [TestCase("the")]
        [TestCase("student")]
        public void Unreachable_token_endpoint_message_reads_as_written_whatever_the_secret(string secret)
        {
            var closed = TokenHandlerTests.ClosedPortUrl();
            using var client = _provider.CreateClient(o =>
            {
                o.ClientSecret = secret;
                o.TokenUrl = new Uri(closed, FakeProvider.TokenPath);
            });

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(error!.Message, Does.StartWith("OneRoster could not authenticate: the token endpoint could not be reached ("));
            Assert.That(error.Message, Does.Contain("Check ClientId, ClientSecret, Scopes, TokenUrl"));
            Assert.That(error.Message, Does.Not.Contain("***"));
        }

        [TestCase("b")]
        [TestCase("the")]
        [TestCase("student")]
        public void Endpoint_wording_that_merely_contains_the_secret_is_kept(string secret)
        {
            const string description = "the student client is not registered, try a better secret";
            RefuseWith(400, $"{{\"error\":\"invalid_client\",\"error_description\":\"{description}\"}}");
            using var client = _provider.CreateClient(o => o.ClientSecret = secret);

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(error!.OAuthErrorDescription, Is.EqualTo(description));
            Assert.That(error.Description, Is.EqualTo(description));
            Assert.That(error.Message, Does.Contain("answered 400 with OAuth error 'invalid_client': " + description));
        }

        [TestCase("b")]
        [TestCase("the")]
        [TestCase("s3cr3t-9b1f-do-not-leak")]
        public void Echoed_form_body_and_basic_header_lose_the_secret(string secret)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeProvider.ClientId + ":" + secret));
            var echo = $"grant_type=client_credentials&client_id={FakeProvider.ClientId}&client_secret={WebUtility.UrlEncode(secret)} (Authorization: Basic {basic})";
            RefuseWith(400, $"{{\"error\":\"invalid_request\",\"error_description\":\"got {echo}\",\"client_secret\":\"{secret}\"}}");
            using var client = _provider.CreateClient(o => o.ClientSecret = secret);

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(() => FakeProvider.GetUser(client, "u1"));

            var expected = $"got grant_type=client_credentials&client_id={FakeProvider.ClientId}&client_secret=*** (Authorization: Basic ***)";
            Assert.That(error!.OAuthErrorDescription, Is.EqualTo(expected));
            Assert.That(error.BodySnippet, Does.Contain("\"client_secret\":\"***\"").And.Not.Contain(basic));
            Assert.That(error.ToString(), Does.Not.Contain("client_secret=" + WebUtility.UrlEncode(secret) + " "));
        }

        [Test]
        public void A_long_secret_echoed_in_free_text_is_replaced_as_a_whole_token_only()
        {
            var redactor = new CredentialRedactor("id", "correct-horse-battery");

            Assert.That(redactor.Redact("secret correct-horse-battery rejected"), Is.EqualTo("secret *** rejected"));
            Assert.That(redactor.Redact("'correct-horse-battery'"), Is.EqualTo("'***'"));
            Assert.That(redactor.Redact("xcorrect-horse-battery2"), Is.EqualTo("xcorrect-horse-battery2"), "part of a longer word: not the secret");
        }

        [TestCase("b", "could not be reached; basic bookkeeping")]
        [TestCase("the", "the token endpoint answered the request")]
        [TestCase("student", "student records: see /students")]
        [TestCase("secret", "secret rejected; token expired")]
        public void Short_and_common_word_secrets_leave_free_text_alone(string secret, string text)
        {
            Assert.That(new CredentialRedactor("id", secret).Redact(text), Is.EqualTo(text));
        }

        [Test]
        public void Credential_names_are_masked_in_json_and_form_text_but_diagnostic_fields_are_not()
        {
            var redactor = new CredentialRedactor("id", "x");

            Assert.That(redactor.Redact("{\"code\":\"401\",\"password\":\"hunter2\",\"error\":\"invalid_client\"}"),
                Is.EqualTo("{\"code\":\"401\",\"password\":\"***\",\"error\":\"invalid_client\"}"));
            Assert.That(redactor.Redact("a=1&access_token=abc.def&code=7"), Is.EqualTo("a=1&access_token=***&code=7"));
            Assert.That(redactor.Redact("Authorization: Bearer eyJhbGciOi.x.y sent"), Is.EqualTo("Authorization: Bearer *** sent"));
            Assert.That(redactor.Redact("use Basic authentication"), Is.EqualTo("use Basic authentication"));
        }

        private void RefuseWith(int status, string body) =>
            _provider.Server.Given(Request.Create().WithPath(FakeProvider.TokenPath).UsingPost())
                .RespondWith(FakeProvider.Status(status, body));
    }
}
