using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NUnit.Framework;

namespace OneRoster.Tests.Client
{
    [TestFixture]
    public sealed class DependencyInjectionTests
    {
        [Test]
        public async Task Two_named_clients_with_different_base_urls_hit_different_servers()
        {
            using var tenantA = new FakeProvider().WithTokens().WithUser("a1");
            using var tenantB = new FakeProvider().WithTokens().WithUser("b1");
            var services = new ServiceCollection();
            services.AddOneRosterClient("tenant-a", o => Fill(o, tenantA));
            services.AddOneRosterClient("tenant-b", o => Fill(o, tenantB));
            await using var provider = services.BuildServiceProvider();
            var factory = provider.GetRequiredService<IOneRosterClientFactory>();

            var a = await FakeProvider.GetUser(factory.CreateClient("tenant-a"), "a1");
            var b = await FakeProvider.GetUser(factory.CreateClient("tenant-b"), "b1");
            await FakeProvider.GetUser(factory.CreateClient("tenant-a"), "a1");

            Assert.That(a.User!.SourcedId, Is.EqualTo("a1"));
            Assert.That(b.User!.SourcedId, Is.EqualTo("b1"));
            Assert.That(tenantA.Count(FakeProvider.UserPath("a1")), Is.EqualTo(2));
            Assert.That(tenantA.Count(FakeProvider.UserPath("b1")), Is.Zero);
            Assert.That(tenantB.Count(FakeProvider.UserPath("b1")), Is.EqualTo(1));
            Assert.That(tenantB.Count(FakeProvider.UserPath("a1")), Is.Zero);
            Assert.That(tenantA.Count(FakeProvider.TokenPath), Is.EqualTo(1), "one token cache per name, shared by the clients of that name");
            Assert.That(tenantB.Count(FakeProvider.TokenPath), Is.EqualTo(1));
        }

        [Test]
        public async Task Handler_chain_has_request_id_token_retry_and_logging()
        {
            using var server = new FakeProvider().WithTokens();
            server.WithSequence(FakeProvider.UserPath("u1"), "GET", FakeProvider.Status(401), FakeProvider.Status(503), FakeProvider.Ok("u1"));
            var services = new ServiceCollection();
            services.AddOneRosterClient(o => Fill(o, server));
            await using var provider = services.BuildServiceProvider();

            var user = await FakeProvider.GetUser(provider.GetRequiredService<OneRosterClient>(), "u1");

            Assert.That(user.User!.SourcedId, Is.EqualTo("u1"));
            var calls = server.Requests(FakeProvider.UserPath("u1"));
            Assert.That(calls, Has.Count.EqualTo(3), "401 → new token → 503 → retry → 200");
            Assert.That(calls.Select(c => FakeProvider.Header(c, "X-Request-ID")).Distinct().Count(), Is.EqualTo(1));
            Assert.That(FakeProvider.Header(calls[2], "Authorization"), Is.EqualTo("Bearer " + FakeProvider.AccessToken(2)));
        }

        [Test]
        public async Task Token_requests_are_retried_like_api_calls()
        {
            using var server = new FakeProvider().WithUser("u1");
            server.WithSequence(FakeProvider.TokenPath, "POST",
                FakeProvider.Status(503),
                FakeProvider.Status(200, $"{{\"access_token\":\"{FakeProvider.AccessToken(1)}\",\"token_type\":\"Bearer\",\"expires_in\":3600}}"));
            var services = new ServiceCollection();
            services.AddOneRosterClient(o => Fill(o, server));
            await using var provider = services.BuildServiceProvider();

            var user = await provider.GetRequiredService<OneRosterClient>().Users.GetAsync("u1");

            Assert.That(user.SourcedId, Is.EqualTo("u1"));
            Assert.That(server.Count(FakeProvider.TokenPath), Is.EqualTo(2), "503 → retried → token");
            Assert.That(FakeProvider.Header(server.Requests(FakeProvider.UserPath("u1"))[0], "Authorization"), Is.EqualTo("Bearer " + FakeProvider.AccessToken(1)));
        }

        [Test]
        public async Task Client_from_dependency_injection_decompresses_gzip_answers()
        {
            using var server = new FakeProvider().WithTokens();
            server.WithSequence(FakeProvider.UserPath("u1"), "GET", FakeProvider.Gzip(FakeProvider.UserJson("u1")));
            var services = new ServiceCollection();
            services.AddOneRosterClient(o => Fill(o, server));
            await using var provider = services.BuildServiceProvider();

            var user = await provider.GetRequiredService<OneRosterClient>().Users.GetAsync("u1");

            Assert.That(user.SourcedId, Is.EqualTo("u1"));
            Assert.That(FakeProvider.Header(server.Requests(FakeProvider.UserPath("u1"))[0], "Accept-Encoding"), Does.Contain("gzip"));
        }

        [Test]
        public async Task Options_bind_from_a_configuration_section()
        {
            using var server = new FakeProvider().WithTokens().WithUser("u1");
            await using var provider = BoundFrom(new Dictionary<string, string?>
            {
                ["OneRoster:BaseUrl"] = server.BaseUrl.ToString(),
                ["OneRoster:TokenUrl"] = server.TokenUrl.ToString(),
                ["OneRoster:ClientId"] = FakeProvider.ClientId,
                ["OneRoster:ClientSecret"] = FakeProvider.ClientSecret,
                ["OneRoster:Scopes:0"] = "roster-core.readonly",
                ["OneRoster:ClientAuthentication"] = "RequestBody",
                ["OneRoster:Timeout"] = "00:00:05",
                ["OneRoster:Retry:MaxRetries"] = "1",
                ["OneRoster:Retry:BaseDelay"] = "00:00:00.002",
            });

            var client = provider.GetRequiredService<OneRosterClient>();
            await FakeProvider.GetUser(client, "u1");

            Assert.That(client.Options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(client.Options.Retry.MaxRetries, Is.EqualTo(1));
            Assert.That(client.Options.Scopes, Is.EqualTo(new[] { "roster-core.readonly" }));
            var tokenRequest = server.Requests(FakeProvider.TokenPath).Single();
            Assert.That(tokenRequest.RequestMessage.Body, Does.Contain("client_secret="), "RequestBody client authentication was bound");
            Assert.That(tokenRequest.RequestMessage.Body, Does.Contain("scope=roster-core.readonly"));
        }

        [Test]
        public async Task Environment_preset_binds_by_name()
        {
            await using var provider = BoundFrom(new Dictionary<string, string?>
            {
                ["OneRoster:Environment"] = "production",
                ["OneRoster:ClientId"] = "id",
                ["OneRoster:ClientSecret"] = "s",
            });

            var options = DefaultOptions(provider);

            Assert.That(options.Environment, Is.EqualTo(OneRosterEnvironment.Production));
            Assert.That(provider.GetRequiredService<OneRosterClient>().HttpClient.BaseAddress, Is.EqualTo(new Uri("https://api.alpha-1edtech.com/")));
        }

        [Test]
        public async Task Provider_preset_binds_by_name_and_signs_requests_with_OAuth_1_0a()
        {
            using var server = new FakeProvider();
            server.WithSequence("/ims/oneroster/v1p1/users/u1", "GET", FakeProvider.Ok("u1"));
            await using var provider = BoundFrom(new Dictionary<string, string?>
            {
                ["OneRoster:Provider"] = "ClassLink",
                ["OneRoster:BaseUrl"] = server.BaseUrl.ToString(),
                ["OneRoster:ClientId"] = FakeProvider.ClientId,
                ["OneRoster:ClientSecret"] = FakeProvider.ClientSecret,
            });

            var client = provider.GetRequiredService<OneRosterClient>();
            var user = await client.Users.GetAsync("u1");

            Assert.That(client.Provider, Is.SameAs(OneRosterProvider.ClassLink));
            Assert.That(user.SourcedId, Is.EqualTo("u1"));
            var authorization = FakeProvider.Header(server.Requests("/ims/oneroster/v1p1/users/u1").Single(), "Authorization");
            Assert.That(authorization, Does.StartWith("OAuth ").And.Contain("oauth_signature_method=\"HMAC-SHA256\"").And.Contain("oauth_consumer_key=\"" + FakeProvider.ClientId + "\""));
            Assert.That(server.Count(FakeProvider.TokenPath), Is.Zero, "OAuth 1.0a has no token endpoint");
        }

        [TestCase("timeback-platform", "TimebackPlatform")]
        [TestCase("infinitecampus", "InfiniteCampus")]
        [TestCase(" EdFi ", "EdFi")]
        public async Task Provider_preset_names_bind_as_TryParse_reads_them(string text, string preset)
        {
            await using var provider = BoundFrom(new Dictionary<string, string?>
            {
                ["OneRoster:Provider"] = text,
                ["OneRoster:Environment"] = "Staging",
                ["OneRoster:ClientId"] = "id",
                ["OneRoster:ClientSecret"] = "s",
            });

            var options = DefaultOptions(provider);

            Assert.That(options.Provider, Is.SameAs(OneRosterProvider.Parse(preset)));
        }

        [Test]
        public async Task A_provider_section_still_binds_as_a_custom_profile()
        {
            await using var provider = BoundFrom(new Dictionary<string, string?>
            {
                ["OneRoster:Provider:Name"] = "District",
                ["OneRoster:Provider:MaxPageSize"] = "250",
                ["OneRoster:Environment"] = "Staging",
                ["OneRoster:ClientId"] = "id",
                ["OneRoster:ClientSecret"] = "s",
            });

            var options = DefaultOptions(provider);

            Assert.That(options.Provider!.Name, Is.EqualTo("District"));
            Assert.That(options.Provider.MaxPageSize, Is.EqualTo(250));
        }

        [Test]
        public async Task An_unknown_provider_name_in_configuration_is_an_error_naming_the_presets()
        {
            await using var provider = BoundFrom(new Dictionary<string, string?>
            {
                ["OneRoster:Provider"] = "ClassLnk",
            });

            var error = Assert.Throws<InvalidOperationException>(() => DefaultOptions(provider));

            Assert.That(error!.Message, Does.Contain("OneRoster:Provider"));
            Assert.That(error.InnerException, Is.InstanceOf<ArgumentException>());
            Assert.That(error.InnerException!.Message, Does.Contain("'ClassLnk' is not a known OneRoster provider. Known: Standard, Timeback, TimebackPlatform, EdFi, InfiniteCampus, ClassLink."));
        }

        [Test]
        public async Task Invalid_registration_fails_with_every_problem_named()
        {
            var services = new ServiceCollection();
            services.AddOneRosterClient("broken", o => o.BaseUrl = new Uri("http://api.example.com"));
            await using var provider = services.BuildServiceProvider();

            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOneRosterClientFactory>().CreateClient("broken"));

            Assert.That(error!.Failures, Has.Some.Contains("OneRoster client 'broken': ClientId is missing"));
            Assert.That(error.Failures, Has.Some.Contains("plain http"));
        }

        [Test]
        public async Task Unknown_name_is_refused_with_the_registered_names()
        {
            var services = new ServiceCollection();
            services.AddOneRosterClient("tenant-a", o => o.Environment = OneRosterEnvironment.Staging);
            await using var provider = services.BuildServiceProvider();

            var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOneRosterClientFactory>().CreateClient("tenant-z"));

            Assert.That(error!.Message, Does.Contain("'tenant-z'").And.Contain("'tenant-a'"));
        }

        private static void Fill(OneRosterClientOptions o, FakeProvider server)
        {
            o.BaseUrl = server.BaseUrl;
            o.TokenUrl = server.TokenUrl;
            o.ClientId = FakeProvider.ClientId;
            o.ClientSecret = FakeProvider.ClientSecret;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(2);
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
        }

        /// <summary>A container with the default client registered from these settings under the section "OneRoster".</summary>
        private static ServiceProvider BoundFrom(Dictionary<string, string?> settings)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            var services = new ServiceCollection();
            services.AddOneRosterClient(configuration.GetSection("OneRoster"));
            return services.BuildServiceProvider();
        }

        private static OneRosterClientOptions DefaultOptions(ServiceProvider provider) =>
            provider.GetRequiredService<IOptionsMonitor<OneRosterClientOptions>>().Get(Options.DefaultName);
    }
}
