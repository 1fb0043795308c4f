using System;
using System.Linq;
using System.Threading;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Rostering;
using OneRoster.Tests.Client;
using OneRoster.Tests.Http;

namespace OneRoster.Tests.Errors
{
    /// <summary>Error answers from a WireMock provider, end to end through the generated client and the handlers.</summary>
    [TestFixture]
    public sealed class ErrorResponseTests
    {
        private FakeProvider _provider = null!;

        [SetUp]
        public void SetUp() => _provider = new FakeProvider().WithTokens();

        [TearDown]
        public void TearDown() => _provider.Dispose();

        [TestCase(400, typeof(OneRosterValidationException), "invalid_filter_field")]
        [TestCase(401, typeof(OneRosterAuthenticationException), "unauthorisedrequest")]
        [TestCase(403, typeof(OneRosterForbiddenException), "forbidden")]
        [TestCase(404, typeof(OneRosterNotFoundException), "unknownobject")]
        [TestCase(422, typeof(OneRosterValidationException), "invaliddata")]
        [TestCase(429, typeof(OneRosterRateLimitException), "server_busy")]
        [TestCase(500, typeof(OneRosterServerException), "internal_server_error")]
        public void Each_error_status_becomes_its_exception_with_the_imsx_fields(int status, Type type, string codeMinor)
        {
            var body = Imsx.Body("Provider says " + status, codeMinor);
            _provider.WithSequence(FakeProvider.UserPath("x"), "GET", FakeProvider.Status(status, body));
            using var client = _provider.CreateClient(o => o.Retry.MaxRetries = 0);

            var error = Assert.ThrowsAsync(Is.InstanceOf<OneRosterException>(), () => FakeProvider.GetUser(client, "x")) as OneRosterException;

            Assert.That(error!.GetType(), Is.EqualTo(type));
            Assert.That(error.Status, Is.EqualTo(status));
            Assert.That(error.CodeMajor, Is.EqualTo(CodeMajor.Failure));
            Assert.That(error.Severity, Is.EqualTo(Severity.Error));
            Assert.That(error.Description, Is.EqualTo("Provider says " + status));
            Assert.That(error.CodeMinors.Single().Value.Value, Is.EqualTo(codeMinor));
            Assert.That(error.Method, Is.EqualTo("GET"));
            Assert.That(error.RequestPath, Is.EqualTo(FakeProvider.UserPath("x")));
            var sentId = FakeProvider.Header(_provider.Requests(FakeProvider.UserPath("x")).Last(), "X-Request-ID");
            Assert.That(error.RequestId, Is.EqualTo(sentId));
            Assert.That(error.BodySnippet, Is.EqualTo(body));
            Assert.That(error, Is.Not.InstanceOf<ApiException>());
            Assert.That(error.InnerException, Is.Not.InstanceOf<ApiException>(), "NSwag's exception never reaches users");
        }

        [Test]
        public void Not_found_on_get_reports_the_sourced_id()
        {
            _provider.WithSequence(FakeProvider.UserPath("x"), "GET", FakeProvider.Status(404, "{\"error\":\"Not found\"}"));
            using var client = _provider.CreateClient();

            var error = Assert.ThrowsAsync<OneRosterNotFoundException>(() => FakeProvider.GetUser(client, "x"));

            Assert.That(error!.SourcedId, Is.EqualTo("x"));
            Assert.That(error.Description, Is.EqualTo("Not found"), "the body text is kept even though the generated client read it as a stream");
        }

        [Test]
        public void Unauthorized_html_page_is_an_authentication_exception_with_the_snippet()
        {
            _provider.WithSequence(FakeProvider.UserPath("x"), "GET", FakeProvider.Status(401, "<html><body><h1>401 Unauthorized</h1></body></html>"));
            using var client = _provider.CreateClient();

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(() => FakeProvider.GetUser(client, "x"));

            Assert.That(error!.BodySnippet, Does.Contain("<h1>401 Unauthorized</h1>"));
            Assert.That(error.Description, Is.Null);
        }

        [Test]
        public void Success_with_an_unreadable_body_is_a_protocol_exception()
        {
            _provider.WithSequence(FakeProvider.UserPath("x"), "GET", FakeProvider.Status(200, "<html>maintenance</html>"));
            using var client = _provider.CreateClient();

            var error = Assert.ThrowsAsync<OneRosterProtocolException>(() => FakeProvider.GetUser(client, "x"));

            Assert.That(error!.Status, Is.EqualTo(200));
            Assert.That(error.InnerException, Is.InstanceOf<Newtonsoft.Json.JsonException>());
            Assert.That(error.RequestId, Is.Not.Null);
        }

        [Test]
        public void Success_with_an_empty_body_is_a_protocol_exception()
        {
            _provider.WithSequence(FakeProvider.UserPath("x"), "GET", FakeProvider.Status(200));
            using var client = _provider.CreateClient();

            var error = Assert.ThrowsAsync<OneRosterProtocolException>(() => FakeProvider.GetUser(client, "x"));

            Assert.That(error!.Message, Does.Contain("answered 200 but the response broke the OneRoster contract").And.Contain("without a User record for 'x'"));
            Assert.That(error.Status, Is.EqualTo(200));
            Assert.That(error.RequestId, Is.Not.Null, "a protocol error names the request like any other");
        }

        [Test]
        public void Blank_sourced_id_is_the_callers_mistake_not_a_provider_error()
        {
            using var client = _provider.CreateClient();

            Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => FakeProvider.GetUser(client, " "));
            Assert.That(_provider.Count(FakeProvider.TokenPath), Is.Zero);
        }

        [Test]
        public void Rate_limit_exception_carries_retry_after_when_retries_run_out()
        {
            _provider.WithSequence(FakeProvider.UserPath("x"), "GET", FakeProvider.Status(429, Imsx.ServerBusy, ("Retry-After", "0")));
            using var client = _provider.CreateClient(o => o.Retry.MaxRetries = 1);

            var error = Assert.ThrowsAsync<OneRosterRateLimitException>(() => FakeProvider.GetUser(client, "x"));

            Assert.That(error!.RetryAfter, Is.EqualTo(TimeSpan.Zero));
            Assert.That(_provider.Count(FakeProvider.UserPath("x")), Is.EqualTo(2));
        }

        [Test]
        public void Resultless_calls_are_translated_too()
        {
            _provider.WithSequence(FakeProvider.UserPath("x"), "DELETE", FakeProvider.Status(404, Imsx.UnknownObject));
            using var client = _provider.CreateClient();

            var error = Assert.ThrowsAsync<OneRosterNotFoundException>(() =>
                client.Users.DeleteAsync("x"));

            Assert.That(error!.Method, Is.EqualTo("DELETE"));
            Assert.That(error.SourcedId, Is.EqualTo("x"));
        }
    }
}
