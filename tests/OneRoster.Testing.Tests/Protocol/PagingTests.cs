using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Testing.Tests.Support;

namespace OneRoster.Testing.Tests.Protocol
{
    /// <summary>limit/offset, X-Total-Count and Link as OneRoster 1.2 declares them (no quirks).</summary>
    public class PagingTests : FakeServerFixture
    {
        private const string Users = Paths.Rostering + "users";

        [Test]
        public async Task Without_limit_a_page_holds_100_records_and_X_Total_Count_counts_all()
        {
            var page = await Api.GetAsync(Users);
            Assert.That(page.List("users"), Has.Count.EqualTo(100));
            Assert.That(page.Header("X-Total-Count"), Is.EqualTo("200"));
            Assert.That(page.Body.ContainsKey("totalCount"), Is.False, "body paging facts are a Timeback quirk, off by default");
        }

        [Test]
        public async Task Limit_and_offset_select_the_records_in_collection_order()
        {
            var page = await Api.GetAsync(Users + "?limit=3&offset=10");
            Assert.That(page.List("users").Select(u => (string?)u["sourcedId"]), Is.EqualTo(new[] { "usr-0011", "usr-0012", "usr-0013" }));
        }

        [Test]
        public async Task Link_names_first_next_and_last_as_absolute_urls_keeping_the_other_parameters()
        {
            var page = await Api.GetAsync(Users + "?filter=status%3D%27active%27&limit=30&offset=60");
            var links = LinkHeader.Parse(page.Header("Link"));
            var root = Fake.BaseUrl + Users;
            Assert.That(links["first"], Is.EqualTo(root + "?filter=status%3D%27active%27&limit=30&offset=0"));
            Assert.That(links["prev"], Is.EqualTo(root + "?filter=status%3D%27active%27&limit=30&offset=30"));
            Assert.That(links["next"], Is.EqualTo(root + "?filter=status%3D%27active%27&limit=30&offset=90"));
            Assert.That(links["last"], Is.EqualTo(root + "?filter=status%3D%27active%27&limit=30&offset=180"));
        }

        [Test]
        public async Task The_last_page_has_no_next_link()
        {
            var page = await Api.GetAsync(Users + "?limit=30&offset=180");
            Assert.That(page.List("users"), Has.Count.EqualTo(20));
            Assert.That(LinkHeader.Parse(page.Header("Link")).ContainsKey("next"), Is.False);
        }

        [Test]
        public async Task Following_next_links_visits_every_record_exactly_once()
        {
            var seen = new List<string>();
            string? url = Fake.BaseUrl + Users + "?limit=33";
            while (url is not null)
            {
                var page = await Api.GetAsync(new Uri(url).PathAndQuery);
                seen.AddRange(page.List("users").Select(u => (string)u["sourcedId"]!));
                url = LinkHeader.Parse(page.Header("Link")).GetValueOrDefault("next");
            }
            Assert.That(seen, Has.Count.EqualTo(200).And.Unique);
        }

        [Test]
        public async Task An_offset_past_the_end_gives_an_empty_page_with_the_total()
        {
            var page = await Api.GetAsync(Users + "?offset=1000");
            Assert.That(page.List("users"), Is.Empty);
            Assert.That(page.Header("X-Total-Count"), Is.EqualTo("200"));
        }

        [TestCase("limit=0")]
        [TestCase("limit=ten")]
        [TestCase("limit=-5")]
        [TestCase("offset=-1")]
        [TestCase("offset=1.5")]
        public async Task A_limit_or_offset_that_is_not_a_count_is_400_with_status_info(string query)
        {
            var response = await Api.GetAsync(Users + "?" + query);
            Assert.That(response.Status, Is.EqualTo(400));
            Assert.That(response.CodeMinor, Is.EqualTo("invaliddata"));
            Assert.That((string?)response.Body["imsx_severity"], Is.EqualTo("error"));
        }

        [Test]
        public async Task Nested_lists_page_the_same_way()
        {
            var page = await Api.GetAsync(Paths.Rostering + "classes/cls-0001/students?limit=5");
            var total = int.Parse(page.Header("X-Total-Count")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(page.List("users"), Has.Count.EqualTo(5));
            Assert.That(total, Is.InRange(20, 25));
            Assert.That(LinkHeader.Parse(page.Header("Link"))["next"], Does.EndWith("classes/cls-0001/students?limit=5&offset=5"));
        }
    }
}
