using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Query;

namespace OneRoster.Tests.Client.Collections
{
    /// <summary>How a facade query turns into request parameters, and how a stream walks pages.</summary>
    [TestFixture]
    public class QueryParameterTests
    {
        private const string Users = "/ims/oneroster/rostering/v1p2/users";

        [Test]
        public async Task Search_is_passed_where_Timeback_documents_it()
        {
            using var provider = new FakeProvider().WithTokens();
            provider.WithSequence(Users, "GET", FakeProvider.Status(200, "{\"users\":[]}"));
            using var client = provider.CreateClient();

            await client.Users.ListAsync(q => q.Search("ann o'neil").Limit(5));

            Assert.That(provider.Requests(Users).Single().RequestMessage.RawQuery, Is.EqualTo("?limit=5&offset=0&search=ann%20o%27neil"));
        }

        [Test]
        public async Task Without_a_limit_a_page_asks_for_the_providers_page_size()
        {
            using var provider = new FakeProvider().WithTokens();
            provider.WithSequence(Users, "GET", FakeProvider.Status(200, "{\"users\":[]}"));
            using var client = provider.CreateClient(o => o.Provider = OneRosterProvider.Timeback);

            await client.Users.ListAsync();

            Assert.That(provider.Requests(Users).Single().RequestMessage.RawQuery, Is.EqualTo("?limit=3000&offset=0"));
        }

        [Test]
        public async Task Descending_order_is_sent_as_orderBy_desc()
        {
            using var provider = new FakeProvider().WithTokens();
            provider.WithSequence(Users, "GET", FakeProvider.Status(200, "{\"users\":[]}"));
            using var client = provider.CreateClient();

            await client.Users.ListAsync(q => q.OrderByDescending("familyName").Limit(1));

            Assert.That(provider.Requests(Users).Single().RequestMessage.RawQuery, Is.EqualTo("?limit=1&offset=0&sort=familyName&orderBy=desc"));
        }

        [Test]
        public async Task Stream_walks_every_page_by_offset_until_the_total()
        {
            using var provider = new FakeProvider().WithTokens();
            foreach (var (offset, body) in new[] { (0, "[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"}]"), (2, "[{\"sourcedId\":\"u3\"},{\"sourcedId\":\"u4\"}]"), (4, "[{\"sourcedId\":\"u5\"}]") })
            {
                provider.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(Users).UsingGet().WithParam("offset", offset.ToString()))
                    .RespondWith(FakeProvider.Status(200, "{\"users\":" + body + "}", ("X-Total-Count", "5")));
            }
            using var client = provider.CreateClient(o => o.PageSize = 2);

            var ids = (await client.Users.ToListAsync()).Select(u => u.SourcedId).ToList();

            Assert.That(ids, Is.EqualTo(new[] { "u1", "u2", "u3", "u4", "u5" }));
            Assert.That(provider.Requests(Users).Select(r => r.RequestMessage.Query!["offset"].Single()).OrderBy(o => o), Is.EqualTo(new[] { "0", "2", "4" }));
        }

        [Test]
        public async Task Stream_with_maxItems_stops_and_returns_that_many()
        {
            using var provider = new FakeProvider().WithTokens();
            provider.WithSequence(Users, "GET", FakeProvider.Status(200, "{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"},{\"sourcedId\":\"u3\"}]}", ("X-Total-Count", "300")));
            using var client = provider.CreateClient();

            var first = await client.Users.FirstOrDefaultAsync(q => q.Where(Filter.Field("status").EqualTo("active")));
            var two = await client.Users.ToListAsync(maxItems: 2);

            Assert.That(first!.SourcedId, Is.EqualTo("u1"));
            Assert.That(two.Select(u => u.SourcedId), Is.EqualTo(new[] { "u1", "u2" }));
        }
    }
}
