using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using Newtonsoft.Json;
using OneRoster.Auth;
using OneRoster.Errors;
using OneRoster.Http;
using OneRoster.Tests.Client;
using OneRoster.Tests.Reliability;
using WireMock.RequestBuilders;

namespace OneRoster.Tests.Paging
{
    /// <summary>
    /// When the signals say more records follow a page, the client's stream reads that page's records one at a time
    /// from its body (instead of deserializing it whole): a body that breaks mid-page, a total that only the body
    /// carries, and a stream left mid-page must all behave over HTTP.
    /// </summary>
    public class RecordByRecordStreamTests
    {
        private const int PageSize = 10;

        [Test]
        public void A_record_that_breaks_mid_page_fails_the_stream_after_the_records_before_it()
        {
            using var provider = new FakeProvider().WithTokens();
            var users = new UserCollection(30) { SendTotal = true }.Install(provider);
            provider.Server.Given(Request.Create().WithPath(FakeProvider.UsersPath).WithParam("offset", "10").UsingGet())
                .RespondWith(FakeProvider.Status(200, "{\"users\":[{\"sourcedId\":\"u011\"},{\"sourcedId\":\"u012\"},{\"sourcedId\":\"u013\",\"roles\":\"not a list\"}]}",
                    ("X-Total-Count", "30")));
            using var client = provider.CreateClient(o => { o.PageSize = PageSize; o.MaxConcurrency = 4; });
            var read = new List<string?>();

            var error = Assert.ThrowsAsync<OneRosterProtocolException>(async () =>
            {
                await foreach (var user in client.Users.StreamAsync())
                {
                    read.Add(user.SourcedId);
                }
            });

            Assert.That(read, Is.EqualTo(users.Ids.Take(12)), "the first page, then the page's records up to the broken one");
            Assert.That(error!.Status, Is.EqualTo(200));
            Assert.That(error.RequestPath, Does.Contain("offset=10"));
            Assert.That(error.InnerException, Is.InstanceOf<JsonException>());
            Assert.That(error.Message, Does.Contain("could not be read").And.Contain("roles"));
        }

        [TestCase(30, 1, 3)]
        [TestCase(30, 4, 3)]
        [TestCase(35, 4, 4)]
        public async Task A_total_sent_after_the_records_ends_the_stream_without_a_needless_request(int count, int concurrency, int requests)
        {
            using var provider = new FakeProvider().WithTokens();
            var users = new UserCollection(count) { BodyTotal = true }.Install(provider);
            using var client = provider.CreateClient(o => { o.PageSize = PageSize; o.MaxConcurrency = concurrency; });

            var read = await client.Users.StreamAsync().Select(u => u.SourcedId).ToListAsync();

            Assert.That(read, Is.EqualTo(users.Ids));
            Assert.That(provider.Count(FakeProvider.UsersPath), Is.EqualTo(requests));
        }

        public enum ReadBy
        {
            StreamRecordByRecord,
            StreamWholePage,
            SinglePage,
            StreamOverOwnHttpClient,
        }

        [Test]
        public void A_null_in_place_of_a_record_is_a_protocol_error_however_the_page_is_read([Values] ReadBy readBy)
        {
            using var provider = new FakeProvider().WithTokens();
            // The page at offset 10 holds null where its third record belongs; X-Total-Count says more follow it.
            new UserCollection(30) { SendTotal = readBy != ReadBy.StreamWholePage }.Install(provider);
            provider.Server.Given(Request.Create().WithPath(FakeProvider.UsersPath).WithParam("offset", "10").UsingGet())
                .RespondWith(FakeProvider.Status(200, "{\"users\":[{\"sourcedId\":\"u011\"},{\"sourcedId\":\"u012\"},null]}",
                    readBy == ReadBy.StreamWholePage ? Array.Empty<(string, string)>() : new[] { ("X-Total-Count", "30") }));
            using var tokenHttp = new HttpClient();
            using var ownHttp = new HttpClient(new OneRosterTokenHandler(provider.Options(), tokenHttp) { InnerHandler = new HttpClientHandler() })
            {
                BaseAddress = provider.BaseUrl,
            };
            using var client = readBy == ReadBy.StreamOverOwnHttpClient
                ? new OneRosterClient(ownHttp, provider.Options(o => o.PageSize = PageSize))
                : provider.CreateClient(o => { o.PageSize = PageSize; o.MaxConcurrency = 4; });
            var read = new List<string?>();

            var error = Assert.ThrowsAsync<OneRosterProtocolException>(async () =>
            {
                if (readBy == ReadBy.SinglePage)
                {
                    await client.Users.ListAsync(q => q.Offset(10));
                    return;
                }
                await foreach (var user in client.Users.StreamAsync())
                {
                    read.Add(user.SourcedId);
                }
            });

            Assert.That(error!.Message, Does.Contain("null in place of a User record"));
            // The transport knows the request whatever HttpClient sends it (an HttpClient of yours too).
            Assert.That(error.RequestPath, Does.Contain("offset=10"));
            Assert.That(error.RequestId, Is.Not.Null);
            Assert.That(read, Has.Count.EqualTo(readBy is ReadBy.StreamRecordByRecord or ReadBy.StreamOverOwnHttpClient ? 12 : readBy == ReadBy.SinglePage ? 0 : 10),
                "records before the null are handed out only when the page is read record by record (an HttpClient of yours too)");
        }

        [Test]
        public async Task Leaving_a_stream_mid_page_releases_every_page_body_it_holds()
        {
            using var provider = new FakeProvider().WithTokens();
            // Pages of 2,000 users are ~120 KB: large enough for pooled blocks.
            new UserCollection(10_000) { SendTotal = true }.Install(provider);
            using var client = provider.CreateClient(o => { o.PageSize = 2000; o.MaxConcurrency = 4; });
            var before = BufferedBodyContent.PooledBlocksInUse;
            var heldWhileReading = 0;
            var read = 0;

            await foreach (var _ in client.Users.StreamAsync())
            {
                if (++read == 2500)
                {
                    heldWhileReading = BufferedBodyContent.PooledBlocksInUse - before;
                    break;
                }
            }

            Assert.That(heldWhileReading, Is.GreaterThan(0), "the page being read is still in its pooled blocks");
            Assert.That(BufferedBodyContent.PooledBlocksInUse, Is.AtMost(before), "the page being read and the pages prefetched went back to the pool");
        }
    }
}
