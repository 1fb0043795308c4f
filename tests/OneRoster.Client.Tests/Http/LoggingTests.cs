using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Tests.Client;
using WireMock.RequestBuilders;

namespace OneRoster.Tests.Http
{
    [TestFixture]
    public sealed class LoggingTests
    {
        private FakeProvider _provider = null!;
        private FakeLoggerProvider _logs = null!;
        private ILoggerFactory _loggerFactory = null!;

        [SetUp]
        public void SetUp()
        {
            _provider = new FakeProvider().WithTokens();
            _logs = new FakeLoggerProvider();
            _loggerFactory = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        }

        [TearDown]
        public void TearDown()
        {
            _loggerFactory.Dispose();
            _logs.Dispose();
            _provider.Dispose();
        }

        [Test]
        public async Task Each_attempt_logs_one_debug_line_with_method_path_status_duration_attempt_and_request_id()
        {
            var path = FakeProvider.UserPath("u1");
            _provider.WithSequence(path, "GET", FakeProvider.Status(503), FakeProvider.Ok("u1"));
            using var client = _provider.CreateClient(o => o.LoggerFactory = _loggerFactory);

            await FakeProvider.GetUser(client, "u1");

            var lines = _logs.Collector.GetSnapshot().Where(r => r.Id.Name == "OneRosterAttempt").ToList();
            Assert.That(lines, Has.Count.EqualTo(2));
            Assert.That(lines.Select(r => r.Level), Is.All.EqualTo(LogLevel.Debug));
            Assert.That(lines.Select(r => State(r, "Method")), Is.All.EqualTo("GET"));
            Assert.That(lines.Select(r => State(r, "Path")), Is.All.EqualTo(path));
            Assert.That(lines.Select(r => State(r, "Status")), Is.EqualTo(new[] { "503", "200" }));
            Assert.That(lines.Select(r => State(r, "Attempt")), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(lines.Select(r => long.Parse(State(r, "ElapsedMs")!)), Is.All.GreaterThanOrEqualTo(0));
            var sentId = FakeProvider.Header(_provider.Requests(path)[0], "X-Request-ID");
            Assert.That(lines.Select(r => State(r, "RequestId")), Is.All.EqualTo(sentId));
        }

        [Test]
        public async Task Each_logical_request_gets_its_own_request_id()
        {
            _provider.WithUser("u1");
            using var client = _provider.CreateClient();

            await FakeProvider.GetUser(client, "u1");
            await FakeProvider.GetUser(client, "u1");

            var ids = _provider.Requests(FakeProvider.UserPath("u1")).Select(e => FakeProvider.Header(e, "X-Request-ID")).ToList();
            Assert.That(ids, Is.Unique);
            Assert.That(ids.Select(id => Guid.TryParse(id, out _)), Is.All.True);
        }

        [Test]
        public async Task Secret_and_tokens_never_appear_in_logs_exceptions_or_to_string()
        {
            var texts = new List<string>();
            var path = FakeProvider.UserPath("u1");
            // A token endpoint that also refuses once it is asked for a scope, echoing the secret back.
            _provider.Server.Given(Request.Create().WithPath(FakeProvider.TokenPath).UsingPost().WithBody(b => b != null && b.Contains("scope=")))
                .AtPriority(1)
                .RespondWith(FakeProvider.Status(401, $"{{\"error\":\"invalid_client\",\"error_description\":\"secret {FakeProvider.ClientSecret} rejected\"}}"));
            _provider.WithSequence(path, "GET",
                FakeProvider.Status(401, "<html>expired</html>"),
                FakeProvider.Status(503, "{\"imsx_codeMajor\":\"failure\"}"),
                FakeProvider.Ok("u1"));
            _provider.WithSequence(FakeProvider.UserPath("gone"), "GET", FakeProvider.Status(404, "{\"error\":\"Not found\"}"));
            _provider.WithSequence(FakeProvider.UserPath("denied"), "GET", FakeProvider.Status(401, "<html>no</html>"));

            // Standalone client.
            var options = _provider.Options(o => o.LoggerFactory = _loggerFactory);
            texts.Add(options.ToString());
            using (var client = new OneRosterClient(options))
            {
                texts.Add(client.Options.ToString());
                await FakeProvider.GetUser(client, "u1");
                texts.Add(Capture(() => FakeProvider.GetUser(client, "gone")));
                texts.Add(Capture(() => FakeProvider.GetUser(client, "denied")));
            }
            using (var scoped = _provider.CreateClient(o =>
            {
                o.LoggerFactory = _loggerFactory;
                o.Scopes.Add("roster-core.readonly");
            }))
            {
                texts.Add(Capture(() => FakeProvider.GetUser(scoped, "u1")));
            }

            // Client from dependency injection, everything logged at Trace.
            var services = new ServiceCollection();
            services.AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
            services.AddOneRosterClient(o =>
            {
                o.BaseUrl = _provider.BaseUrl;
                o.TokenUrl = _provider.TokenUrl;
                o.ClientId = FakeProvider.ClientId;
                o.ClientSecret = FakeProvider.ClientSecret;
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(2);
            });
            using (var provider = services.BuildServiceProvider())
            {
                var client = provider.GetRequiredService<OneRosterClient>();
                await FakeProvider.GetUser(client, "u1");
                texts.Add(Capture(() => FakeProvider.GetUser(client, "gone")));
                texts.Add(Capture(() => FakeProvider.GetUser(client, "denied")));
            }

            var records = _logs.Collector.GetSnapshot();
            Assert.That(records.Count(r => r.Id.Name == "OneRosterAttempt"), Is.GreaterThan(5), "the scenario really logged");
            // IHttpClientFactory's own logging hands raw header values to structured loggers, so it is off for OneRoster clients.
            Assert.That(records.Where(r => r.Category?.StartsWith("System.Net.Http.HttpClient.OneRoster", StringComparison.Ordinal) == true), Is.Empty);
            foreach (var record in records)
            {
                texts.Add(record.Message);
                texts.Add(record.Exception?.ToString() ?? string.Empty);
                texts.AddRange(record.StructuredState?.Select(kv => kv.Key + "=" + kv.Value) ?? Enumerable.Empty<string>());
            }

            var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(FakeProvider.ClientId + ":" + FakeProvider.ClientSecret));
            var secrets = new[] { FakeProvider.ClientSecret, basic }
                .Concat(Enumerable.Range(1, _provider.TokensIssued).Select(FakeProvider.AccessToken))
                .ToList();
            Assert.That(_provider.TokensIssued, Is.GreaterThanOrEqualTo(3));
            foreach (var secret in secrets)
            {
                Assert.That(texts.Where(t => t.Contains(secret, StringComparison.Ordinal)), Is.Empty, $"'{secret}' leaked");
            }
        }

        private static string Capture(Func<Task> call)
        {
            try
            {
                call().GetAwaiter().GetResult();
                return string.Empty;
            }
            catch (Exception ex)
            {
                Assert.That(ex, Is.InstanceOf<OneRosterException>());
                return ex.ToString() + "|" + string.Join("|", ((OneRosterException)ex).Description, ((OneRosterException)ex).BodySnippet,
                    (ex as OneRosterAuthenticationException)?.OAuthErrorDescription);
            }
        }

        private static string? State(FakeLogRecord record, string key) =>
            record.StructuredState?.FirstOrDefault(kv => kv.Key == key).Value;
    }
}
