using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Http;

namespace OneRoster.Tests.Errors
{
    /// <summary>The status + body + headers → exception table, on the bodies providers really send.</summary>
    [TestFixture]
    public sealed class ErrorMappingTests
    {
        private static readonly DateTimeOffset Now = new(2025, 9, 1, 8, 0, 0, TimeSpan.Zero);

        // 1EdTech 1.2 binding, as Timeback sends it for a bad filter.
        private const string InvalidFilter =
            "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"Invalid filter field: nickname\"," +
            "\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"invalid_filter_field\"}]}}";

        private const string Unauthorised =
            "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"Token is expired\"," +
            "\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"unauthorisedrequest\"}]}}";

        private const string Forbidden =
            "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"Insufficient scope\"," +
            "\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"forbidden\"}]}}";

        private const string UnknownObject =
            "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"User not found\"," +
            "\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"unknownobject\"}]}}";

        // Timeback's 422 with per-field details (its OpenAPI UnprocessableEntityResponse).
        private const string InvalidData =
            "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"Validation failed\"," +
            "\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"invaliddata\"}]}," +
            "\"imsx_error_details\":[{\"path\":\"user.givenName\",\"message\":\"Required\"},{\"path\":\"user.roles\",\"message\":\"Expected array\"}]}";

        private const string ServerBusy =
            "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"Rate limit exceeded\"," +
            "\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"server_busy\"}]}}";

        private const string InternalError =
            "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"Internal server error\"," +
            "\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"internal_server_error\"}]}}";

        public static IEnumerable<TestCaseData> ImsxPayloads()
        {
            yield return Case(400, InvalidFilter, typeof(OneRosterValidationException), "Invalid filter field: nickname", "invalid_filter_field");
            yield return Case(401, Unauthorised, typeof(OneRosterAuthenticationException), "Token is expired", "unauthorisedrequest");
            yield return Case(403, Forbidden, typeof(OneRosterForbiddenException), "Insufficient scope", "forbidden");
            yield return Case(404, UnknownObject, typeof(OneRosterNotFoundException), "User not found", "unknownobject");
            yield return Case(422, InvalidData, typeof(OneRosterValidationException), "Validation failed", "invaliddata");
            yield return Case(429, ServerBusy, typeof(OneRosterRateLimitException), "Rate limit exceeded", "server_busy");
            yield return Case(500, InternalError, typeof(OneRosterServerException), "Internal server error", "internal_server_error");
            yield return Case(503, InternalError, typeof(OneRosterServerException), "Internal server error", "internal_server_error");
            yield return Case(409, InternalError, typeof(OneRosterException), "Internal server error", "internal_server_error");
        }

        [TestCaseSource(nameof(ImsxPayloads))]
        public void Status_chooses_the_type_and_the_imsx_body_fills_the_fields(int status, string body, Type type, string description, string codeMinor)
        {
            var error = Map(status, body);

            Assert.That(error.GetType(), Is.EqualTo(type));
            Assert.That(error.Status, Is.EqualTo(status));
            Assert.That(error.CodeMajor, Is.EqualTo(CodeMajor.Failure));
            Assert.That(error.Severity, Is.EqualTo(Severity.Error));
            Assert.That(error.Description, Is.EqualTo(description));
            Assert.That(error.CodeMinors.Select(m => (m.Field, m.Value.Value)), Is.EqualTo(new[] { ("TargetEndSystem", codeMinor) }));
            Assert.That(error.Method, Is.EqualTo("GET"));
            Assert.That(error.RequestPath, Is.EqualTo("/ims/oneroster/rostering/v1p2/users/x"));
            Assert.That(error.RequestId, Is.EqualTo("req-1"));
            Assert.That(error.BodySnippet, Is.EqualTo(body));
            Assert.That(error.Message, Does.Contain(status.ToString()).And.Contain(description).And.Contain(codeMinor).And.Contain("req-1"));
        }

        [Test]
        public void Not_found_reports_the_sourced_id()
        {
            var error = (OneRosterNotFoundException)Map(404, UnknownObject, sourcedId: "x");

            Assert.That(error.SourcedId, Is.EqualTo("x"));
            Assert.That(error.Message, Does.Contain("sourcedId 'x'"));
        }

        [Test]
        public void Non_standard_error_object_still_gives_a_description()
        {
            var error = Map(404, "{\"error\":\"Not found\"}");

            Assert.That(error, Is.InstanceOf<OneRosterNotFoundException>());
            Assert.That(error.Description, Is.EqualTo("Not found"));
            Assert.That(error.CodeMajor, Is.Null);
            Assert.That(error.CodeMinors, Is.Empty);
        }

        [Test]
        public void Timeback_error_details_are_kept()
        {
            var error = Map(422, InvalidData);

            Assert.That(error.ErrorDetails, Has.Count.EqualTo(2));
            Assert.That(error.ErrorDetails[0]["path"], Is.EqualTo("user.givenName"));
            Assert.That(error.ErrorDetails[1]["message"], Is.EqualTo("Expected array"));
        }

        [TestCase("<html><head><title>401 Authorization Required</title></head><body>nginx</body></html>")]
        [TestCase("{\"imsx_codeMajor\":\"failure\",\"imsx_desc")] // truncated JSON
        [TestCase("[1,2,3]")]
        [TestCase("null")]
        [TestCase("")]
        [TestCase("   ")]
        public void Unreadable_bodies_never_break_the_mapping(string body)
        {
            var error = Map(401, body);

            Assert.That(error, Is.InstanceOf<OneRosterAuthenticationException>());
            Assert.That(error.CodeMajor, Is.Null);
            Assert.That(error.CodeMinors, Is.Empty);
        }

        [Test]
        public void Short_plain_text_body_becomes_the_description()
        {
            Assert.That(Map(502, "Bad Gateway").Description, Is.EqualTo("Bad Gateway"));
        }

        [Test]
        public void Single_code_minor_field_object_is_read_like_a_list()
        {
            var body = "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_CodeMinor\":{\"imsx_codeMinorField\":" +
                "{\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"invalid_sort_field\"}}}";

            Assert.That(Map(400, body).CodeMinors.Single().Value, Is.EqualTo(CodeMinorValue.InvalidSortField));
        }

        [Test]
        public void Wrapped_status_info_is_found()
        {
            var body = "{\"imsx_StatusInfo\":" + UnknownObject + "}";

            var error = Map(404, body);

            Assert.That(error.Description, Is.EqualTo("User not found"));
            Assert.That(error.CodeMinors.Single().Value, Is.EqualTo(CodeMinorValue.UnknownObject));
        }

        [Test]
        public void Extension_vocabulary_values_are_kept()
        {
            var body = "{\"imsx_codeMajor\":\"ext:partial\",\"imsx_severity\":\"ext:notice\",\"imsx_CodeMinor\":{\"imsx_codeMinorField\":" +
                "[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"ext:quota\"}]}}";

            var error = Map(400, body);

            Assert.That(error.CodeMajor!.Value.IsExtension, Is.True);
            Assert.That(error.Severity!.Value.Value, Is.EqualTo("ext:notice"));
            Assert.That(error.CodeMinors.Single().Value.Value, Is.EqualTo("ext:quota"));
        }

        [Test]
        public void Body_snippet_is_capped_at_512_characters()
        {
            var body = "<html>" + new string('x', 5000) + "</html>";

            var error = Map(500, body);

            Assert.That(error.BodySnippet, Has.Length.EqualTo(512));
            Assert.That(error.BodySnippet, Does.StartWith("<html>xxx").And.EndWith("..."));
        }

        [TestCase("120", 120)]
        [TestCase("Mon, 01 Sep 2025 08:00:30 GMT", 30)]
        [TestCase("Mon, 01 Sep 2025 07:00:00 GMT", 0)]
        public void Rate_limit_carries_retry_after_in_both_forms(string header, int seconds)
        {
            var error = (OneRosterRateLimitException)Map(429, ServerBusy, headers: new Dictionary<string, IEnumerable<string>>
            {
                ["Retry-After"] = new[] { header },
            });

            Assert.That(error.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(seconds)));
        }

        [Test]
        public void Rate_limit_without_retry_after_has_none()
        {
            Assert.That(((OneRosterRateLimitException)Map(429, ServerBusy)).RetryAfter, Is.Null);
        }

        [TestCase(200)]
        [TestCase(201)]
        public void Success_status_that_failed_is_a_protocol_error(int status)
        {
            var error = OneRosterErrorMapper.FromAnswer(
                new OneRosterErrorInfo { Method = "GET", RequestPath = "/ims/oneroster/rostering/v1p2/users/x" },
                status,
                bodyText: "<html>",
                retryAfter: null,
                sourcedId: null,
                cause: new Newtonsoft.Json.JsonReaderException("Unexpected character encountered while parsing value: <. Path '', line 0, position 0."));

            Assert.That(error, Is.InstanceOf<OneRosterProtocolException>());
            Assert.That(error.Status, Is.EqualTo(status));
            Assert.That(error.InnerException, Is.InstanceOf<Newtonsoft.Json.JsonReaderException>());
            Assert.That(error.Message, Does.Contain("broke the OneRoster contract").And.Contain("Unexpected character"));
        }

        [Test]
        public void Exceptions_can_be_built_by_users_for_their_own_tests()
        {
            var error = new OneRosterNotFoundException("gone") { Status = 404, SourcedId = "x", CodeMajor = CodeMajor.Failure };

            Assert.That(error.SourcedId, Is.EqualTo("x"));
            Assert.That(error.CodeMinors, Is.Empty);
            Assert.That(error, Is.InstanceOf<OneRosterException>());
        }

        private static TestCaseData Case(int status, string body, Type type, string description, string codeMinor) =>
            new TestCaseData(status, body, type, description, codeMinor).SetArgDisplayNames(status.ToString(), codeMinor);

        private static OneRosterException Map(int status, string? body, string? sourcedId = null, IReadOnlyDictionary<string, IEnumerable<string>>? headers = null) =>
            OneRosterErrorMapper.FromAnswer(
                new OneRosterErrorInfo { Method = "GET", RequestPath = "/ims/oneroster/rostering/v1p2/users/x", RequestId = "req-1" },
                status,
                body,
                headers is not null && headers.TryGetValue("Retry-After", out var retryAfter) ? RetryAfter.Parse(retryAfter.FirstOrDefault(), Now) : null,
                sourcedId);
    }
}
