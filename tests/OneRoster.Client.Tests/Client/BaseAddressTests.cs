using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Testing;

namespace OneRoster.Tests.Client
{
    /// <summary>Whatever form of the provider URL a user pastes, requests reach the spec paths exactly once.</summary>
    [TestFixture]
    public class BaseAddressTests
    {
        [TestCase("")]
        [TestCase("/")]
        [TestCase("/ims/oneroster")]
        [TestCase("/ims/oneroster/")]
        [TestCase("/ims/oneroster/rostering/v1p2")]
        [TestCase("/ims/oneroster/rostering/v1p2/")]
        [TestCase("/IMS/OneRoster/gradebook/v1p2")]
        public async Task Service_url_suffix_is_not_doubled(string suffix)
        {
            using var provider = new FakeProvider().WithTokens().WithUser("u-1");
            using var client = provider.CreateClient(o => o.BaseUrl = new Uri(provider.BaseUrl.ToString().TrimEnd('/') + suffix));

            var user = await client.Users.GetAsync("u-1");

            Assert.That(user.SourcedId, Is.EqualTo("u-1"));
            Assert.That(provider.Server.LogEntries.Select(e => e.RequestMessage.Path), Does.Contain(FakeProvider.UserPath("u-1")));
        }

        // The URL each provider documents for its service, as users paste it; the fake answers only under the profile's roots.
        [TestCase("ClassLink", "/ims/oneroster/v1p1")]
        [TestCase("ClassLink", "/ims/oneroster/v1p1/")]
        [TestCase("ClassLink", "/IMS/OneRoster/V1P1")]
        [TestCase("ClassLink", "/ims/oneroster")]
        [TestCase("InfiniteCampus", "/campus/api/ims/oneroster/rostering/v1p2")]
        [TestCase("InfiniteCampus", "/campus/api/ims/oneroster/gradebook/v1p2/")]
        [TestCase("InfiniteCampus", "/campus/api/ims/oneroster")]
        [TestCase("TimebackPlatform", "/rostering/1.0")]
        [TestCase("TimebackPlatform", "/Resources/1.0/")]
        [TestCase("Standard", "/ims/oneroster/resources/v1p2")]
        public async Task A_pasted_service_url_of_the_resolved_provider_is_its_root(string preset, string suffix)
        {
            var profile = OneRosterProvider.Parse(preset);
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 5), FakeServerOptions.For(profile));
            using var client = new OneRosterClient(Options(fake, profile, fake.BaseUrl.AbsoluteUri.TrimEnd('/') + suffix));

            var users = await client.Users.ToListAsync();

            Assert.That(users, Has.Count.EqualTo(5));
            Assert.That(fake.RequestLog.Where(r => r.OperationId != "token").Select(r => r.PathAndQuery),
                Has.All.StartWith("/" + profile.ServicePaths.Rostering + "/users?"));
        }

        [Test]
        public async Task A_prefix_before_the_provider_s_service_path_is_kept()
        {
            var profile = OneRosterProvider.ClassLink with { ServicePaths = OneRosterServicePaths.OneRoster11.Under("district-7") };
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 5), FakeServerOptions.For(profile));
            using var client = new OneRosterClient(Options(fake, OneRosterProvider.ClassLink, fake.BaseUrl + "district-7/ims/oneroster/v1p1"));

            var users = await client.Users.ToListAsync();

            Assert.That(users, Has.Count.EqualTo(5));
            Assert.That(fake.RequestLog.Select(r => r.PathAndQuery), Has.All.StartWith("/district-7/ims/oneroster/v1p1/users?"));
        }

        [Test]
        public async Task A_service_url_of_another_layout_is_used_as_given()
        {
            using var provider = new FakeProvider().WithTokens();
            using var client = provider.CreateClient(o => o.BaseUrl = new Uri(provider.BaseUrl + "ims/oneroster/v1p1"));

            Assert.ThrowsAsync<OneRoster.Errors.OneRosterNotFoundException>(async () => await client.Users.GetAsync("u-1"));

            Assert.That(provider.Server.LogEntries.Select(e => e.RequestMessage.Path), Does.Contain("/ims/oneroster/v1p1" + FakeProvider.UserPath("u-1")),
                "the Standard profile's roots are v1p2: a 1.1 URL is a prefix, not guessed away");
        }

        [Test]
        public async Task A_tenant_prefix_before_the_service_path_is_kept()
        {
            using var provider = new FakeProvider().WithTokens();
            provider.WithSequence("/tenant-7" + FakeProvider.UserPath("u-1"), "GET", FakeProvider.Ok("u-1"));
            using var client = provider.CreateClient(o => o.BaseUrl = new Uri(provider.BaseUrl + "tenant-7/ims/oneroster/rostering/v1p2"));

            var user = await client.Users.GetAsync("u-1");

            Assert.That(user.SourcedId, Is.EqualTo("u-1"));
        }

        private static OneRosterClientOptions Options(OneRosterFakeServer fake, OneRosterProvider provider, string baseUrl)
        {
            var options = fake.CreateClientOptions();
            options.Provider = provider;
            options.BaseUrl = new Uri(baseUrl);
            return options;
        }
    }
}
