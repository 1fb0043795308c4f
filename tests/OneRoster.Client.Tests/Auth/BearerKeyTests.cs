using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Testing;
using OneRoster.Tests.Client;
using static OneRoster.Testing.FakeCollections;

namespace OneRoster.Tests.Auth
{
    /// <summary><see cref="OneRosterAuthScheme.BearerKey"/>: a provider-issued key sent as it is, the client secret being the key.</summary>
    [TestFixture]
    public sealed class BearerKeyTests
    {
        private static readonly OneRosterProvider ClassLinkWithKey = OneRosterProvider.ClassLink with { AuthScheme = OneRosterAuthScheme.BearerKey };

        [Test]
        public async Task The_key_goes_on_every_attempt_and_no_token_is_fetched()
        {
            using var provider = new FakeProvider().WithTokens();
            var path = FakeProvider.UserPath("u1");
            provider.WithSequence(path, "GET", FakeProvider.Status(503), FakeProvider.Ok("u1"));
            using var client = provider.CreateClient(o =>
            {
                o.Provider = OneRosterProvider.Standard with { AuthScheme = OneRosterAuthScheme.BearerKey };
                o.TokenUrl = null;
                o.ClientId = null;
            });

            await FakeProvider.GetUser(client, "u1");

            Assert.That(provider.Requests(path).Select(e => FakeProvider.Header(e, "Authorization")), Is.EqualTo(new[] { "Bearer " + FakeProvider.ClientSecret, "Bearer " + FakeProvider.ClientSecret }));
            Assert.That(provider.TokensIssued, Is.Zero);
        }

        [Test]
        public void A_key_needs_neither_token_URL_nor_client_id_but_the_key_itself()
        {
            var options = new OneRosterClientOptions { BaseUrl = new Uri("https://sis.test/"), Provider = ClassLinkWithKey };

            Assert.That(options.GetValidationErrors(), Has.One.Contains("ClientSecret"));
            options.ClientSecret = "key";
            Assert.That(options.GetValidationErrors(), Is.Empty);
        }

        [Test]
        public async Task ClassLink_with_a_key_streams_users_from_a_fake_that_wants_that_key()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 60), FakeServerOptions.For(ClassLinkWithKey));
            using var client = new OneRosterClient(Options(fake, fake.ClientSecret));

            var users = await client.Users.ToListAsync();

            Assert.That(users, Has.Count.EqualTo(fake.Data.RecordObjects(Users).Count()));
            Assert.That(fake.RequestLog.Select(r => r.StatusCode), Has.All.EqualTo(200));
        }

        [Test]
        public async Task A_wrong_key_is_an_authentication_exception_and_shows_in_no_message_or_log()
        {
            const string wrongKey = "wrong-bearer-key-77c1";
            using var logs = new FakeLoggerProvider();
            using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 10), FakeServerOptions.For(ClassLinkWithKey));
            var options = Options(fake, wrongKey);
            options.LoggerFactory = loggerFactory;
            using var client = new OneRosterClient(options);

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(async () => await client.Users.ToListAsync());

            Assert.That(error!.Status, Is.EqualTo(401));
            Assert.That(fake.RequestLog.Count, Is.EqualTo(1), "the key does not change: a 401 is final");
            var texts = new List<string> { error.ToString(), options.ToString() };
            texts.AddRange(logs.Collector.GetSnapshot().SelectMany(r => new[] { r.Message }.Concat(r.StructuredState?.Select(s => s.Value ?? string.Empty) ?? Enumerable.Empty<string>())));
            Assert.That(texts, Has.None.Contain(wrongKey).And.None.Contain(fake.ClientSecret));
        }

        private static OneRosterClientOptions Options(OneRosterFakeServer fake, string key) => new()
        {
            BaseUrl = fake.BaseUrl,
            Provider = ClassLinkWithKey,
            ClientSecret = key,
        };
    }
}
