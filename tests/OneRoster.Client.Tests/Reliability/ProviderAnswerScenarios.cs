using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Tests.Client;
using WireMock.ResponseBuilders;
using static OneRoster.Tests.Reliability.Calls;

namespace OneRoster.Tests.Reliability
{
    /// <summary>Rate limits, 5xx bursts and every kind of body a provider can get wrong.</summary>
    internal static class ProviderAnswerScenarios
    {
        private const string Area = "Provider answers";
        private const string GradebookResults = "/ims/oneroster/gradebook/v1p2/results/";
        private const string AcademicSessions = "/ims/oneroster/rostering/v1p2/academicSessions/";
        private static readonly string U1 = FakeProvider.UserPath("u1");

        public static IEnumerable<ReliabilityScenario> All()
        {
            yield return new(Area, "429-retry-after-1s-then-200",
                "Waits exactly the Retry-After seconds (1 s, not the backoff), then retries and succeeds.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(429, null, ("Retry-After", "1")), FakeProvider.Ok("u1")), GetUser("u1")),
                Expected.Success(1, apiRequests: 2, tokenRequests: 1),
                (_, outcome) => Assert.That(outcome.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950))));

            yield return new(Area, "429-retry-after-http-date-past-then-200",
                "A Retry-After HTTP-date in the past means now: retried at once and succeeds.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(429, null, ("Retry-After", HttpDate(-30))), FakeProvider.Ok("u1")), GetUser("u1")),
                Expected.Success(1, apiRequests: 2, tokenRequests: 1),
                (_, outcome) => Assert.That(outcome.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1))));

            yield return new(Area, "429-retry-after-http-date-10-min",
                "A Retry-After HTTP-date beyond MaxRetryAfter (60 s) is not waited for: OneRosterRateLimitException at once with RetryAfter ≈ 10 min.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(429, null, ("Retry-After", HttpDate(600)))), GetUser("u1")),
                Expected.Failure<OneRosterRateLimitException>(status: 429, apiRequests: 1, tokenRequests: 1),
                (_, outcome) => Assert.That(((OneRosterRateLimitException)outcome.Error!).RetryAfter,
                    Is.InRange(TimeSpan.FromSeconds(595), TimeSpan.FromSeconds(600))));

            yield return new(Area, "429-retry-after-120s",
                "Retry-After: 120 exceeds MaxRetryAfter: no retry, OneRosterRateLimitException with RetryAfter 120 s.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(429, null, ("Retry-After", "120"))), GetUser("u1")),
                Expected.Failure<OneRosterRateLimitException>(status: 429, apiRequests: 1, tokenRequests: 1) with { RetryAfter = TimeSpan.FromSeconds(120) });

            yield return new(Area, "429-no-retry-after-then-200",
                "A 429 without Retry-After is retried with the backoff and succeeds.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(429), FakeProvider.Ok("u1")), GetUser("u1")),
                Expected.Success(1, apiRequests: 2, tokenRequests: 1));

            yield return new(Area, "429-no-retry-after-always",
                "A provider that keeps answering 429 gets 4 attempts, then OneRosterRateLimitException with no RetryAfter.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(429, "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"slow down\"}")), GetUser("u1")),
                Expected.Failure<OneRosterRateLimitException>(status: 429, apiRequests: 4, tokenRequests: 1) with { CodeMajor = CodeMajor.Failure },
                (_, outcome) => Assert.That(((OneRosterRateLimitException)outcome.Error!).RetryAfter, Is.Null));

            foreach (var status in new[] { 500, 502, 503, 504 })
            {
                yield return new(Area, $"{status}-burst-of-3-then-200",
                    $"Three {status}s in a row are retried (3 retries) and the fourth attempt's record is returned.",
                    After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(status), FakeProvider.Status(status), FakeProvider.Status(status), FakeProvider.Ok("u1")), GetUser("u1")),
                    Expected.Success(1, apiRequests: 4, tokenRequests: 1));
            }

            yield return new(Area, "503-burst-past-retries",
                "Four 503s exhaust the retries: OneRosterServerException with Status 503.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(503)), GetUser("u1")),
                Expected.Failure<OneRosterServerException>(status: 503, apiRequests: 4, tokenRequests: 1));

            yield return new(Area, "501-not-retried",
                "501 is not retried (the provider will not start implementing the operation): OneRosterServerException at once.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(501)), GetUser("u1")),
                Expected.Failure<OneRosterServerException>(status: 501, apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "200-malformed-json",
                "A 200 whose JSON is cut off fails as OneRosterProtocolException (Status 200), not retried.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(200, "{\"user\":{\"sourcedId\":\"u1\",")), GetUser("u1")),
                Expected.Failure<OneRosterProtocolException>(status: 200, apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "200-wrong-envelope-single",
                "A single read answered with a list envelope ({\"users\":[...]}) has no user: OneRosterProtocolException.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(200, UserCollection.Json(new[] { "u1" }))), GetUser("u1")),
                Expected.Failure<OneRosterProtocolException>(apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "200-wrong-envelope-list",
                "A list answered under another key ({\"classes\":[...]}) holds no users: the stream ends empty after one request.",
                After(run => run.Provider.WithSequence(FakeProvider.UsersPath, "GET", FakeProvider.Status(200, "{\"classes\":[{\"sourcedId\":\"c1\"}]}")), StreamUsers()),
                Expected.Success(0, apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "200-html-page",
                "A 200 with an HTML page (a captive portal, a proxy) fails as OneRosterProtocolException (Status 200).",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(200, "<html><body>Please log in</body></html>")), GetUser("u1")),
                Expected.Failure<OneRosterProtocolException>(status: 200, apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "500-html-page",
                "A 500 HTML error page is retried, then OneRosterServerException (500) with the page start as BodySnippet.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(500, "<html><h1>Internal Server Error</h1></html>")), GetUser("u1")),
                Expected.Failure<OneRosterServerException>(status: 500, apiRequests: 4, tokenRequests: 1),
                (_, outcome) => Assert.That(((OneRosterException)outcome.Error!).BodySnippet, Does.Contain("Internal Server Error")));

            yield return new(Area, "200-empty-body",
                "A 200 with no body where a record is expected: OneRosterProtocolException.",
                After(run => run.Provider.WithSequence(U1, "GET", Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")), GetUser("u1")),
                Expected.Failure<OneRosterProtocolException>(apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "204-on-get",
                "204 No Content on a single read: OneRosterProtocolException (a read must return the record).",
                After(run => run.Provider.WithSequence(U1, "GET", Response.Create().WithStatusCode(204)), GetUser("u1")),
                Expected.Failure<OneRosterProtocolException>(apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "204-on-list",
                "204 No Content on a list page: OneRosterProtocolException (a list must answer its envelope; an empty list is `{\"users\":[]}`).",
                After(run => run.Provider.WithSequence(FakeProvider.UsersPath, "GET", Response.Create().WithStatusCode(204)), StreamUsers()),
                Expected.Failure<OneRosterProtocolException>(apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "gzip-single-record",
                "A gzip-compressed answer (Content-Encoding: gzip) is decompressed by the client's handler chain; Accept-Encoding is sent.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Gzip(FakeProvider.UserJson("u1"))), GetUser("u1")),
                Expected.Success(1, apiRequests: 1, tokenRequests: 1),
                (run, _) => Assert.That(FakeProvider.Header(run.Provider.Requests(U1)[0], "Accept-Encoding"), Does.Contain("gzip")));

            yield return new(Area, "gzip-list-stream",
                "gzip-compressed list pages stream like plain ones.",
                After(run => run.Provider.WithSequence(FakeProvider.UsersPath, "GET", FakeProvider.Gzip(UserCollection.Json(new[] { "u1", "u2", "u3" })), FakeProvider.Gzip(UserCollection.Json(Array.Empty<string>()))), StreamUsers(3)),
                Expected.Success(3, apiRequests: 2, tokenRequests: 1));

            yield return new(Area, "huge-single-record",
                "A 4 MB record (one enormous givenName) is read whole.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(200, $"{{\"user\":{{\"sourcedId\":\"u1\",\"givenName\":\"{new string('x', 4_000_000)}\"}}}}")),
                    async run => run.Yield((await run.Client().Users.GetAsync("u1")).GivenName?.Length == 4_000_000 ? "u1" : "wrong length")),
                Expected.Success(1, apiRequests: 1, tokenRequests: 1),
                (run, _) => Assert.That(run.Records, Is.EqualTo(new[] { "u1" })));

            yield return new(Area, "unknown-fields-everywhere",
                "Unknown fields at the envelope, record and nested levels are ignored (kept in AdditionalProperties).",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(200,
                        "{\"x-envelope\":1,\"user\":{\"sourcedId\":\"u1\",\"x-vendor\":{\"a\":[1,2]},\"roles\":[{\"role\":\"student\",\"roleType\":\"primary\",\"org\":{\"sourcedId\":\"s1\",\"x\":true},\"x-extra\":null}]}}")),
                    async run => run.Yield((await run.Client().Users.GetAsync("u1")).AdditionalProperties.ContainsKey("x-vendor") ? "u1" : "lost")),
                Expected.Success(1, apiRequests: 1, tokenRequests: 1),
                (run, _) => Assert.That(run.Records, Is.EqualTo(new[] { "u1" })));

            yield return new(Area, "unknown-enum-values",
                "Values outside the vocabularies (role ext:tutor, status archived) deserialize and are kept as sent.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(200,
                        "{\"user\":{\"sourcedId\":\"u1\",\"status\":\"archived\",\"roles\":[{\"role\":\"ext:tutor\",\"roleType\":\"ext:sometimes\",\"org\":{\"sourcedId\":\"s1\"}}]}}")),
                    async run =>
                    {
                        var user = await run.Client().Users.GetAsync("u1");
                        run.Yield($"{user.Status}|{user.Roles![0].Role}|{user.Roles[0].RoleType}");
                    }),
                Expected.Success(1, apiRequests: 1, tokenRequests: 1),
                (run, _) => Assert.That(run.Records, Is.EqualTo(new[] { "archived|ext:tutor|ext:sometimes" })));

            yield return new(Area, "null-list-envelope",
                "{\"users\":null} is an empty page: the stream ends with no records after one request.",
                After(run => run.Provider.WithSequence(FakeProvider.UsersPath, "GET", FakeProvider.Status(200, "{\"users\":null}")), StreamUsers()),
                Expected.Success(0, apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "null-nested-arrays",
                "null where a record's arrays are expected (roles, userIds, grades) reads as absent lists.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(200, "{\"user\":{\"sourcedId\":\"u1\",\"roles\":null,\"userIds\":null,\"grades\":null}}")),
                    async run =>
                    {
                        var user = await run.Client().Users.GetAsync("u1");
                        run.Yield($"{user.SourcedId}|{user.Roles?.Count ?? -1}|{user.Grades?.Count ?? -1}");
                    }),
                Expected.Success(1, apiRequests: 1, tokenRequests: 1),
                (run, _) => Assert.That(run.Records, Is.EqualTo(new[] { "u1|-1|-1" })));

            yield return new(Area, "string-booleans",
                "enabledUser as JSON boolean true and as string \"false\" both read (as the strings \"true\"/\"false\").",
                After(run =>
                    {
                        run.Provider.WithSequence(FakeProvider.UserPath("b1"), "GET", FakeProvider.Status(200, "{\"user\":{\"sourcedId\":\"b1\",\"enabledUser\":true}}"));
                        run.Provider.WithSequence(FakeProvider.UserPath("b2"), "GET", FakeProvider.Status(200, "{\"user\":{\"sourcedId\":\"b2\",\"enabledUser\":\"false\"}}"));
                    },
                    async run =>
                    {
                        var client = run.Client();
                        run.Yield("b1:" + (await client.Users.GetAsync("b1")).EnabledUser);
                        run.Yield("b2:" + (await client.Users.GetAsync("b2")).EnabledUser);
                    }),
                Expected.Success(2, apiRequests: 2, tokenRequests: 1),
                (run, _) => Assert.That(run.Records, Is.EqualTo(new[] { "b1:true", "b2:false" })));

            yield return new(Area, "string-numbers",
                "A result score sent as the string \"93.5\" reads as the number 93.5.",
                After(run => run.Provider.WithSequence(GradebookResults + "r1", "GET", FakeProvider.Status(200, "{\"result\":{\"sourcedId\":\"r1\",\"score\":\"93.5\"}}")),
                    async run => run.Yield("r1:" + (await run.Client().Results.GetAsync("r1")).Score?.ToString(CultureInfo.InvariantCulture))),
                Expected.Success(1, apiRequests: 1, tokenRequests: 1),
                (run, _) => Assert.That(run.Records, Is.EqualTo(new[] { "r1:93.5" })));

            yield return new(Area, "date-only-for-date-time",
                "dateLastModified sent as a date (2026-01-15) reads as midnight UTC of that day.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(200, "{\"user\":{\"sourcedId\":\"u1\",\"dateLastModified\":\"2026-01-15\"}}")),
                    async run => run.Yield((await run.Client().Users.GetAsync("u1")).DateLastModified?.ToString("O", CultureInfo.InvariantCulture))),
                Expected.Success(1, apiRequests: 1, tokenRequests: 1),
                (run, _) => Assert.That(run.Records, Is.EqualTo(new[] { "2026-01-15T00:00:00.0000000+00:00" })));

            yield return new(Area, "date-time-for-date",
                "An academic session startDate sent as a date-time reads as its date.",
                After(run => run.Provider.WithSequence(AcademicSessions + "t1", "GET", FakeProvider.Status(200, "{\"academicSession\":{\"sourcedId\":\"t1\",\"startDate\":\"2026-08-20T00:00:00Z\"}}")),
                    async run => run.Yield("t1:" + (await run.Client().AcademicSessions.GetAsync("t1")).StartDate?.ToString("O", CultureInfo.InvariantCulture))),
                Expected.Success(1, apiRequests: 1, tokenRequests: 1),
                (run, _) => Assert.That(run.Records, Is.EqualTo(new[] { "t1:2026-08-20" })));

            yield return new(Area, "404-plain-error-body",
                "404 with {\"error\":\"Not found\"} instead of imsx_StatusInfo: OneRosterNotFoundException naming the sourcedId.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(404, "{\"error\":\"Not found\"}")), GetUser("u1")),
                Expected.Failure<OneRosterNotFoundException>(status: 404, apiRequests: 1, tokenRequests: 1) with { SourcedId = "u1" });

            yield return new(Area, "404-imsx-status-info",
                "404 with imsx_StatusInfo: OneRosterNotFoundException with CodeMajor failure and the sourcedId.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(404,
                        "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"User not found\",\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"sourcedId\",\"imsx_codeMinorFieldValue\":\"unknownobject\"}]}}")),
                    GetUser("u1")),
                Expected.Failure<OneRosterNotFoundException>(status: 404, apiRequests: 1, tokenRequests: 1) with { SourcedId = "u1", CodeMajor = CodeMajor.Failure });
        }

        private static string HttpDate(int secondsFromNow) =>
            DateTimeOffset.UtcNow.AddSeconds(secondsFromNow).ToString("R", CultureInfo.InvariantCulture);
    }
}
