using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

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

        [Test]
        public async Task A_tenant_prefix_before_the_service_path_is_kept()
        {
            using var provider = new FakeProvider().WithTokens();
            provider.WithSequence("/tenant-7" + FakeProvider.UserPath("u-1"), "GET", FakeProvider.Ok("u-1"));
            using var client = provider.CreateClient(o => o.BaseUrl = new Uri(provider.BaseUrl + "tenant-7/ims/oneroster/rostering/v1p2"));

            var user = await client.Users.GetAsync("u-1");

            Assert.That(user.SourcedId, Is.EqualTo("u-1"));
        }
    }
}
