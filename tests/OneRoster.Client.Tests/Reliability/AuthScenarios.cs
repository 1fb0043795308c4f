using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Tests.Client;
using WireMock.RequestBuilders;
using WireMock.Server;
using static OneRoster.Tests.Reliability.Calls;

namespace OneRoster.Tests.Reliability
{
    /// <summary>Token endpoint failures, tokens that expire or are revoked mid-stream, and redirects.</summary>
    internal static class AuthScenarios
    {
        private const string Area = "Auth";
        private static readonly string U1 = FakeProvider.UserPath("u1");

        public static IEnumerable<ReliabilityScenario> All()
        {
            yield return new(Area, "token-400-invalid-client",
                "The token endpoint's 400 invalid_client becomes OneRosterAuthenticationException (token endpoint failure, OAuthError invalid_client); no API request.",
                After(run => run.Provider.WithSequence(FakeProvider.TokenPath, "POST", FakeProvider.Status(400, "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}")), GetUser("u1")),
                Expected.Failure<OneRosterAuthenticationException>(status: 400, apiRequests: 0, tokenRequests: 1),
                (_, outcome) => Assert.That(((OneRosterAuthenticationException)outcome.Error!).OAuthError, Is.EqualTo("invalid_client")))
            { StandardTokens = false };

            yield return new(Area, "token-401-echoes-secret",
                "A token endpoint that echoes the secret in its error: the exception carries *** instead (asserted by the leak check).",
                After(run => run.Provider.WithSequence(FakeProvider.TokenPath, "POST",
                        FakeProvider.Status(401, $"{{\"error\":\"invalid_client\",\"error_description\":\"secret {FakeProvider.ClientSecret} rejected\"}}")),
                    GetUser("u1")),
                Expected.Failure<OneRosterAuthenticationException>(status: 401, apiRequests: 0, tokenRequests: 1),
                (_, outcome) => Assert.That(((OneRosterAuthenticationException)outcome.Error!).OAuthErrorDescription, Is.EqualTo("secret *** rejected")))
            { StandardTokens = false };

            yield return new(Area, "token-500",
                "A token endpoint that keeps answering 500 is retried like an API call (3 retries), then the call fails with OneRosterAuthenticationException (Status 500).",
                After(run => run.Provider.WithSequence(FakeProvider.TokenPath, "POST", FakeProvider.Status(500, "<html>oops</html>")), GetUser("u1")),
                Expected.Failure<OneRosterAuthenticationException>(status: 500, apiRequests: 0, tokenRequests: 4))
            { StandardTokens = false };

            yield return new(Area, "token-503-once-then-token",
                "A token endpoint's passing 503 is retried (a POST, but asking twice only issues two tokens): the second token request succeeds and the call goes through.",
                After(run => run.Provider.WithUser("u1").WithSequence(FakeProvider.TokenPath, "POST", FakeProvider.Status(503), TokenAnswer()), GetUser("u1")),
                Expected.Success(1, apiRequests: 1, tokenRequests: 2))
            { StandardTokens = false };

            yield return new(Area, "token-429-retry-after-then-token",
                "A token endpoint's 429 with Retry-After: 0 is retried at once; the call goes through.",
                After(run => run.Provider.WithUser("u1").WithSequence(FakeProvider.TokenPath, "POST", FakeProvider.Status(429, null, ("Retry-After", "0")), TokenAnswer()), GetUser("u1")),
                Expected.Success(1, apiRequests: 1, tokenRequests: 2))
            { StandardTokens = false };

            yield return new(Area, "token-timeout",
                "A token endpoint slower than Timeout (1 s) is abandoned and retried (MaxRetries 1 here), then fails with OneRosterAuthenticationException (token endpoint failure, Status 0).",
                After(run => run.Provider.WithTokens(delay: TimeSpan.FromMilliseconds(2500)), GetUser("u1", o => { o.Timeout = TimeSpan.FromSeconds(1); o.Retry.MaxRetries = 1; })),
                Expected.Failure<OneRosterAuthenticationException>(noAnswer: true, apiRequests: 0),
                (_, outcome) => Assert.That(((OneRosterAuthenticationException)outcome.Error!).IsTokenEndpointFailure, Is.True))
            { StandardTokens = false };

            yield return new(Area, "token-without-access-token",
                "A 200 from the token endpoint without access_token: OneRosterAuthenticationException (Status 200).",
                After(run => run.Provider.WithSequence(FakeProvider.TokenPath, "POST", FakeProvider.Status(200, "{\"token_type\":\"Bearer\"}")), GetUser("u1")),
                Expected.Failure<OneRosterAuthenticationException>(status: 200, apiRequests: 0, tokenRequests: 1))
            { StandardTokens = false };

            yield return new(Area, "token-expires-mid-stream",
                "The cached token passes its expiry (fake clock) between pages: the next page fetches a new one first; all records, no 401.",
                run =>
                {
                    var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
                    new UserCollection(25) { SendTotal = true, BeforeAnswer = (call, _) => { if (call == 1) clock.Advance(TimeSpan.FromHours(1)); } }.Install(run.Provider);
                    // Timeouts far beyond the jump, so advancing the clock fires no attempt timeout in flight.
                    return StreamUsers(10, o => { o.TimeProvider = clock; o.MaxConcurrency = 1; o.Timeout = o.OverallTimeout = TimeSpan.FromHours(23); })(run);
                },
                Expected.Success(25, apiRequests: 3, tokenRequests: 2),
                (run, _) => Assert.That(run.Provider.Requests(FakeProvider.UsersPath).Select(e => FakeProvider.Header(e, "Authorization")!.Split('-')[2]),
                    Is.EqualTo(new[] { "1", "2", "2" })));

            yield return new(Area, "token-revoked-mid-stream",
                "The provider rejects the token on page 2 (401): the token is refreshed once and the page resent; all records.",
                After(run =>
                    {
                        new UserCollection(25) { SendTotal = true }.Install(run.Provider);
                        run.Provider.Server.Given(Request.Create().WithPath(FakeProvider.UsersPath).WithParam("offset", "10")
                                .WithHeader("Authorization", "Bearer " + FakeProvider.AccessToken(1)))
                            .AtPriority(1).RespondWith(FakeProvider.Status(401));
                    },
                    StreamUsers(10, o => o.MaxConcurrency = 1)),
                Expected.Success(25, apiRequests: 4, tokenRequests: 2));

            yield return new(Area, "api-401-once",
                "One 401 drops the token, fetches a new one and resends: the record is returned.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(401), FakeProvider.Ok("u1")), GetUser("u1")),
                Expected.Success(1, apiRequests: 2, tokenRequests: 2));

            yield return new(Area, "api-401-twice",
                "A second 401 after the refresh is final: OneRosterAuthenticationException (Status 401), two API requests, two tokens.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(401, "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"token rejected\"}")), GetUser("u1")),
                Expected.Failure<OneRosterAuthenticationException>(status: 401, apiRequests: 2, tokenRequests: 2) with { CodeMajor = CodeMajor.Failure });

            yield return new(Area, "api-401-html-twice",
                "401 answered with an HTML page, twice: OneRosterAuthenticationException (Status 401) with the page as BodySnippet.",
                After(run => run.Provider.WithSequence(U1, "GET", FakeProvider.Status(401, "<html><title>Sign in</title></html>")), GetUser("u1")),
                Expected.Failure<OneRosterAuthenticationException>(status: 401, apiRequests: 2, tokenRequests: 2),
                (_, outcome) => Assert.That(((OneRosterException)outcome.Error!).BodySnippet, Does.Contain("Sign in")));

            yield return new(Area, "redirect-to-other-host",
                "A 302 to another host is followed without the bearer token (HttpClient drops Authorization on redirects; the token handler only adds it for the API host).",
                run =>
                {
                    var other = RedirectElsewhere(run, 302);
                    run.OtherServers.Add(() => other.LogEntries.Count());
                    return GetUser("u1")(run);
                },
                Expected.Success(1, apiRequests: 2, tokenRequests: 1),
                (run, _) =>
                {
                    Assert.That(FakeProvider.Header(run.Provider.Requests(U1)[0], "Authorization"), Does.StartWith("Bearer "));
                    Assert.That(run.OtherServers.Single()(), Is.EqualTo(1));
                });

            yield return new(Area, "redirect-to-other-host-headers",
                "The redirect target sees no Authorization header at all (checked on its request log).",
                run =>
                {
                    var other = RedirectElsewhere(run, 307);
                    run.OtherServers.Add(() => other.LogEntries.Count(e => FakeProvider.Header(e, "Authorization") is null));
                    return GetUser("u1")(run);
                },
                Expected.Success(1, apiRequests: 2, tokenRequests: 1));
        }
    
        /// <summary>
        /// The provider answers GET u1 with <paramref name="status"/> pointing at the same path on a second
        /// server under another host name (127.0.0.1 instead of localhost, another port), which serves the user.
        /// </summary>
        private static WireMockServer RedirectElsewhere(ScenarioRun run, int status)
        {
            var other = run.Own(WireMockServer.Start());
            other.Given(Request.Create().WithPath(U1).UsingGet()).RespondWith(FakeProvider.Ok("u1"));
            var target = new Uri(new Uri(other.Url!.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)), U1);
            run.Provider.WithSequence(U1, "GET", FakeProvider.Status(status, null, ("Location", target.AbsoluteUri)));
            return other;
        }

        private static WireMock.ResponseBuilders.IResponseBuilder TokenAnswer() =>
            FakeProvider.Status(200, $"{{\"access_token\":\"{FakeProvider.AccessToken(1)}\",\"token_type\":\"Bearer\",\"expires_in\":3600}}");
    }
}
