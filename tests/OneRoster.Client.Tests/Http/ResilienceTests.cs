using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Rostering;
using OneRoster.Tests.Auth;
using OneRoster.Tests.Client;

namespace OneRoster.Tests.Http
{
    [TestFixture]
    public sealed class ResilienceTests
    {
        private static readonly string UserPath = FakeProvider.UserPath("u1");
        private FakeProvider _provider = null!;

        [SetUp]
        public void SetUp() => _provider = new FakeProvider().WithTokens();

        [TearDown]
        public void TearDown() => _provider.Dispose();

        [Test]
        public async Task Rate_limit_with_retry_after_one_second_succeeds_after_waiting_at_least_one_second()
        {
            _provider.WithSequence(UserPath, "GET", FakeProvider.Status(429, Imsx.ServerBusy, ("Retry-After", "1")), FakeProvider.Ok("u1"));
            using var client = _provider.CreateClient();

            var clock = Stopwatch.StartNew();
            var user = await FakeProvider.GetUser(client, "u1");
            clock.Stop();

            Assert.That(user.User!.SourcedId, Is.EqualTo("u1"));
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)), "Retry-After: 1 is waited out, not the 2 ms backoff");
            Assert.That(_provider.Count(UserPath), Is.EqualTo(2));
        }

        [Test]
        public async Task Retry_after_as_http_date_is_honored()
        {
            var retryAt = new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
            var clock = new ShiftedTimeProvider();
            _provider.WithUser("warm-up").WithSequence(UserPath, "GET",
                FakeProvider.Status(503, null, ("Retry-After", retryAt.ToString("r", CultureInfo.InvariantCulture))),
                FakeProvider.Ok("u1"));
            using var client = _provider.CreateClient(o => o.TimeProvider = clock);
            await FakeProvider.GetUser(client, "warm-up"); // token and first-call costs out of the way

            // The client's clock now reads 200 ms before the date the provider sends: the wait is those 200 ms
            // (less one request); ignoring the date would mean the 2 ms backoff.
            clock.SetNow(retryAt - TimeSpan.FromMilliseconds(200));
            var watch = Stopwatch.StartNew();
            await FakeProvider.GetUser(client, "u1");

            Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(150)));
            Assert.That(_provider.Count(UserPath), Is.EqualTo(2));
        }

        [Test]
        public void Retry_after_longer_than_max_retry_after_fails_at_once_with_the_wait()
        {
            _provider.WithSequence(UserPath, "GET", FakeProvider.Status(429, Imsx.ServerBusy, ("Retry-After", "3600")));
            using var client = _provider.CreateClient();

            var watch = Stopwatch.StartNew();
            var error = Assert.ThrowsAsync<OneRosterRateLimitException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
            Assert.That(error!.RetryAfter, Is.EqualTo(TimeSpan.FromHours(1)));
            Assert.That(_provider.Count(UserPath), Is.EqualTo(1));
        }

        [Test]
        public async Task Service_unavailable_twice_then_success_succeeds_with_one_request_id()
        {
            _provider.WithSequence(UserPath, "GET", FakeProvider.Status(503), FakeProvider.Status(503), FakeProvider.Ok("u1"));
            using var client = _provider.CreateClient();

            var user = await FakeProvider.GetUser(client, "u1");

            Assert.That(user.User!.SourcedId, Is.EqualTo("u1"));
            var calls = _provider.Requests(UserPath);
            Assert.That(calls, Has.Count.EqualTo(3));
            var ids = calls.Select(c => FakeProvider.Header(c, "X-Request-ID")).Distinct().ToList();
            Assert.That(ids, Has.Count.EqualTo(1), "the same X-Request-ID on every retry");
            Assert.That(ids[0], Is.Not.Null.And.Not.Empty);
            Assert.That(_provider.Count(FakeProvider.TokenPath), Is.EqualTo(1));
        }

        [TestCase(408)]
        [TestCase(429)]
        [TestCase(500)]
        [TestCase(502)]
        [TestCase(503)]
        [TestCase(504)]
        public async Task Transient_status_is_retried(int status)
        {
            _provider.WithSequence(UserPath, "GET", FakeProvider.Status(status), FakeProvider.Ok("u1"));
            using var client = _provider.CreateClient();

            await FakeProvider.GetUser(client, "u1");

            Assert.That(_provider.Count(UserPath), Is.EqualTo(2));
        }

        [TestCase(400)]
        [TestCase(403)]
        [TestCase(404)]
        [TestCase(422)]
        [TestCase(501)]
        public void Permanent_status_is_not_retried(int status)
        {
            _provider.WithSequence(UserPath, "GET", FakeProvider.Status(status, Imsx.UnknownObject));
            using var client = _provider.CreateClient();

            Assert.ThrowsAsync(Is.InstanceOf<OneRosterException>(), () => FakeProvider.GetUser(client, "u1"));

            Assert.That(_provider.Count(UserPath), Is.EqualTo(1));
        }

        [Test]
        public void Post_that_gets_service_unavailable_is_not_retried()
        {
            _provider.WithSequence(FakeProvider.UsersPath, "POST", FakeProvider.Status(503, Imsx.InternalError));
            using var client = _provider.CreateClient();

            var error = Assert.ThrowsAsync<OneRosterServerException>(() => CreateUser(client));

            Assert.That(error!.Status, Is.EqualTo(503));
            Assert.That(error.Method, Is.EqualTo("POST"));
            Assert.That(_provider.Count(FakeProvider.UsersPath), Is.EqualTo(1));
        }

        [Test]
        public async Task Post_is_retried_when_the_caller_opts_in()
        {
            _provider.WithSequence(FakeProvider.UsersPath, "POST", FakeProvider.Status(503),
                FakeProvider.Status(201, "{\"sourcedIdPairs\":{\"suppliedSourcedId\":\"u9\",\"allocatedSourcedId\":\"u9\"}}"));
            using var client = _provider.CreateClient(o => o.Retry.RetryNonIdempotent = true);

            await CreateUser(client);

            var calls = _provider.Requests(FakeProvider.UsersPath);
            Assert.That(calls, Has.Count.EqualTo(2));
            Assert.That(calls[1].RequestMessage.Body, Does.Contain("\"u9\""), "the body is sent again in full");
        }

        [Test]
        public async Task Put_is_retried()
        {
            _provider.WithSequence(UserPath, "PUT", FakeProvider.Status(503), FakeProvider.Ok("u1"));
            using var client = _provider.CreateClient();

            await client.Users.UpsertAsync("u1", new User { SourcedId = "u1" });

            Assert.That(_provider.Count(UserPath), Is.EqualTo(2));
        }

        [Test]
        public async Task Delete_is_retried()
        {
            _provider.WithSequence(UserPath, "DELETE", FakeProvider.Status(502), FakeProvider.Status(204));
            using var client = _provider.CreateClient();

            await client.Users.DeleteAsync("u1");

            Assert.That(_provider.Count(UserPath), Is.EqualTo(2));
        }

        [Test]
        public void Attempts_are_capped_at_max_retries_plus_one()
        {
            _provider.WithSequence(UserPath, "GET", FakeProvider.Status(503, Imsx.InternalError));
            using var client = _provider.CreateClient(o => o.Retry.MaxRetries = 2);

            var error = Assert.ThrowsAsync<OneRosterServerException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(error!.Status, Is.EqualTo(503));
            Assert.That(error.CodeMajor, Is.EqualTo(CodeMajor.Failure));
            Assert.That(_provider.Count(UserPath), Is.EqualTo(3));
        }

        [Test]
        public void Max_retries_zero_sends_once()
        {
            _provider.WithSequence(UserPath, "GET", FakeProvider.Status(503));
            using var client = _provider.CreateClient(o => o.Retry.MaxRetries = 0);

            Assert.ThrowsAsync<OneRosterServerException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(_provider.Count(UserPath), Is.EqualTo(1));
        }

        [Test]
        public void Cancellation_stops_retries_at_once()
        {
            _provider.WithSequence(UserPath, "GET", FakeProvider.Status(503));
            using var client = _provider.CreateClient(o =>
            {
                o.Retry.BaseDelay = TimeSpan.FromSeconds(20);
                o.Retry.MaxDelay = TimeSpan.FromSeconds(20);
            });
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

            var watch = Stopwatch.StartNew();
            Assert.That(async () => await FakeProvider.GetUser(client, "u1", cancellation.Token), Throws.InstanceOf<OperationCanceledException>());

            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "no 20 s backoff after cancellation");
            Assert.That(_provider.Count(UserPath), Is.EqualTo(1));
        }

        [Test]
        public void Slow_attempt_times_out_is_retried_and_ends_in_timeout_exception()
        {
            _provider.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(UserPath).UsingGet())
                .RespondWith(FakeProvider.Ok("u1").WithDelay(TimeSpan.FromSeconds(1)));
            // WireMock's first answer is slow (JIT); the 150 ms timeout also bounds the token request.
            using (var warmUp = new HttpClient())
            {
                warmUp.PostAsync(_provider.TokenUrl, new StringContent(string.Empty)).GetAwaiter().GetResult().Dispose();
            }
            using var logs = new FakeLoggerProvider();
            using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
            using var client = _provider.CreateClient(o =>
            {
                o.Timeout = TimeSpan.FromMilliseconds(150);
                o.Retry.MaxRetries = 1;
                o.LoggerFactory = loggerFactory;
            });

            var error = Assert.ThrowsAsync<OneRosterTimeoutException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(error!.Status, Is.Null, "no answer arrived");
            Assert.That(error.RequestPath, Is.EqualTo(UserPath));
            Assert.That(error.RequestId, Is.Not.Null);
            // WireMock logs a request only once it has answered (after its 1 s delay), so the attempts are
            // counted from the client's per-attempt log lines instead.
            var attempts = logs.Collector.GetSnapshot().Where(r => r.Id.Name == "OneRosterAttemptFailed").ToList();
            Assert.That(attempts, Has.Count.EqualTo(2), "the timed-out attempt was retried once");
        }

        [Test]
        public void Overall_timeout_ends_the_call_across_retries()
        {
            _provider.WithSequence(UserPath, "GET", FakeProvider.Status(503));
            using var client = _provider.CreateClient(o =>
            {
                o.OverallTimeout = TimeSpan.FromMilliseconds(400);
                o.Retry.MaxRetries = 50;
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(150);
                o.Retry.MaxDelay = TimeSpan.FromMilliseconds(150);
            });

            var watch = Stopwatch.StartNew();
            Assert.ThrowsAsync<OneRosterTimeoutException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
            Assert.That(_provider.Count(UserPath), Is.InRange(2, 10));
        }

        [Test]
        public void Network_failure_is_retried_then_surfaces_as_one_roster_exception()
        {
            var closed = TokenHandlerTests.ClosedPortUrl();
            _provider.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(FakeProvider.TokenPath).UsingPost())
                .RespondWith(FakeProvider.Status(200, "{\"access_token\":\"t\",\"expires_in\":3600}"));
            using var client = _provider.CreateClient(o =>
            {
                o.BaseUrl = closed;
                o.Retry.MaxRetries = 2;
            });

            var error = Assert.ThrowsAsync<OneRosterException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(error!.GetType(), Is.EqualTo(typeof(OneRosterException)));
            Assert.That(error.Status, Is.Null, "no answer arrived");
            Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
            Assert.That(error.Message, Does.Contain("failed before an answer arrived"));
        }

        private static Task<string> CreateUser(OneRosterClient client) =>
            client.Users.CreateAsync(new User { SourcedId = "u9" });

        /// <summary>Real timers, but a wall clock that can be set to a chosen instant and runs on from there.</summary>
        private sealed class ShiftedTimeProvider : TimeProvider
        {
            private long _offsetTicks;

            public void SetNow(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - DateTimeOffset.UtcNow).Ticks);

            public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
        }
    }

    /// <summary>
    /// imsx_StatusInfo bodies as providers send them (1.2 binding field names; Timeback's shape, including
    /// imsx_error_details, from its published OpenAPI examples).
    /// </summary>
    internal static class Imsx
    {
        public static string Body(string description, string codeMinor, string codeMajor = "failure", string severity = "error") =>
            "{\"imsx_codeMajor\":\"" + codeMajor + "\",\"imsx_severity\":\"" + severity + "\",\"imsx_description\":\"" + description +
            "\",\"imsx_CodeMinor\":{\"imsx_codeMinorField\":[{\"imsx_codeMinorFieldName\":\"TargetEndSystem\",\"imsx_codeMinorFieldValue\":\"" +
            codeMinor + "\"}]}}";

        public static readonly string ServerBusy = Body("Too many requests, slow down", "server_busy");

        public static readonly string UnknownObject = Body("User not found", "unknownobject");

        public static readonly string InternalError = Body("Internal server error", "internal_server_error");
    }
}
