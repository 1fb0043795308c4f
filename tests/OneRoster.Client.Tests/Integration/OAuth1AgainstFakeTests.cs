using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Query;
using OneRoster.Testing;
using static OneRoster.Testing.FakeCollections;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// The ClassLink profile (OAuth 1.0a, HMAC-SHA256) against the fake verifying every signature with its own
    /// implementation of RFC 5849: paged streams pass, a wrong secret is a typed error, and the secret shows nowhere.
    /// </summary>
    [TestFixture]
    public sealed class OAuth1AgainstFakeTests
    {
        [Test]
        public async Task ClassLink_streams_users_and_every_paged_request_passes_signature_verification()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 120), FakeServerOptions.For(OneRosterProvider.ClassLink));
            using var client = new OneRosterClient(Options(fake));

            var users = await client.Users.ToListAsync(q => q.Where(Filter.Field("status").EqualTo("active")));

            Assert.That(users.Select(u => u.SourcedId), Is.EquivalentTo(DistrictSnapshot.Ids(fake.Data.RecordObjects(Users).Where(u => (string?)u["status"] == "active"))));
            var requests = fake.RequestLog.ToList();
            Assert.That(requests, Has.Count.GreaterThan(1), "several pages, each with its own limit/offset signed");
            Assert.That(requests.Select(r => r.PathAndQuery), Has.All.StartWith("/ims/oneroster/v1p1/users?").And.All.Contain("filter="));
            Assert.That(requests.Select(r => r.StatusCode), Has.All.EqualTo(200));
            Assert.That(requests.Select(r => r.OperationId), Has.None.EqualTo("token"));
        }

        [Test]
        public async Task HMAC_SHA1_profiles_pass_too()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 30), FakeServerOptions.For(OneRosterProvider.ClassLink));
            var options = Options(fake);
            options.Provider = OneRosterProvider.ClassLink with { SignatureMethod = OneRosterSignatureMethod.HmacSha1 };
            using var client = new OneRosterClient(options);

            var classes = await client.Classes.ToListAsync();

            Assert.That(classes, Has.Count.EqualTo(fake.Data.RecordObjects(Classes).Count()));
        }

        [Test]
        public async Task A_bearer_token_is_refused_by_a_fake_that_wants_signatures()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 10), FakeServerOptions.For(OneRosterProvider.ClassLink));
            var options = Options(fake);
            options.Provider = OneRosterProvider.ClassLink with { AuthScheme = OneRosterAuthScheme.OAuth2ClientCredentials };
            options.TokenUrl = fake.TokenUrl;
            using var client = new OneRosterClient(options);

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(async () => await client.Users.ToListAsync());

            Assert.That(error!.Status, Is.EqualTo(401));
            Assert.That(error.Message, Does.Contain("OAuth 1.0a signature"));
        }

        [Test]
        public async Task Wrong_secret_is_an_authentication_exception_and_no_secret_appears_in_messages_or_logs()
        {
            const string wrongSecret = "wrong-consumer-secret-3f9a";
            using var logs = new FakeLoggerProvider();
            using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 10), FakeServerOptions.For(OneRosterProvider.ClassLink));
            var options = Options(fake);
            options.ClientSecret = wrongSecret;
            options.LoggerFactory = loggerFactory;
            using var client = new OneRosterClient(options);

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(async () => await client.Users.ToListAsync());

            Assert.That(error!.Status, Is.EqualTo(401));
            Assert.That(error.Message, Does.Contain("signature does not match"));
            Assert.That(fake.RequestLog.Count, Is.EqualTo(1), "a 401 is final: no retry, no resend");
            var texts = new List<string> { error.ToString(), options.ToString(), client.Options.ToString(), client.Provider.ToString() };
            texts.AddRange(logs.Collector.GetSnapshot().SelectMany(r => new[] { r.Message, r.Exception?.ToString() ?? string.Empty }
                .Concat(r.StructuredState?.Select(s => s.Value ?? string.Empty) ?? Enumerable.Empty<string>())));
            Assert.That(logs.Collector.Count, Is.GreaterThan(0), "the attempt was logged");
            foreach (var secret in new[] { wrongSecret, fake.ClientSecret, Uri.EscapeDataString(wrongSecret) + "&" })
            {
                Assert.That(texts, Has.None.Contain(secret));
            }
        }

        [Test]
        public async Task Retries_after_server_errors_reach_the_data()
        {
            var fakeOptions = FakeServerOptions.For(OneRosterProvider.ClassLink);
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 10), fakeOptions);
            var options = Options(fake);
            options.Retry = new OneRosterRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };
            using var client = new OneRosterClient(options);
            fake.FailNextRequests(2);

            var users = await client.Users.ToListAsync();

            Assert.That(users, Has.Count.EqualTo(fake.Data.RecordObjects(Users).Count()));
            Assert.That(fake.RequestLog.Select(r => r.StatusCode), Is.EqualTo(new[] { 503, 503, 200 }));
        }

        private static OneRosterClientOptions Options(OneRosterFakeServer fake)
        {
            var options = fake.CreateClientOptions();
            options.Provider = OneRosterProvider.ClassLink;
            options.TokenUrl = null;
            options.PageSize = 25;
            return options;
        }
    }
}
