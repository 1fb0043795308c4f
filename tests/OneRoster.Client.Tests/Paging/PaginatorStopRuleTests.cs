using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Paging;

namespace OneRoster.Tests.Paging
{
    /// <summary>When a stream ends, for each way providers report (or do not report) the end of a collection.</summary>
    public class PaginatorStopRuleTests
    {
        private static async Task<List<string?>> ReadIds(FakeCollection collection, PagingOptions options) =>
            (await collection.Stream(options).ToListAsync().AsTask().WaitAsync(FakeCollection.Patience)).Select(r => r.Id).ToList();

        private static IEnumerable<string> Ids(int from, int count) => Enumerable.Range(from, count).Select(FakeCollection.IdOf);

        private static int[] Offsets(FakeCollection collection) => collection.Requests.Select(r => r.Offset).ToArray();

        [TestCase(1)]
        [TestCase(4)]
        public async Task A_total_ends_the_stream_at_the_total_without_asking_for_an_empty_page(int concurrency)
        {
            var collection = new FakeCollection(250) { SendsTotal = true };

            var ids = await ReadIds(collection, FakeCollection.Options(100, concurrency));

            Assert.That(ids, Is.EqualTo(Ids(0, 250)));
            Assert.That(Offsets(collection), Is.EqualTo(new[] { 0, 100, 200 }));
        }

        [Test]
        public async Task A_total_sent_only_with_the_first_page_still_lets_the_stream_fan_out_and_end()
        {
            // Some providers put totalCount in the body of the first page only.
            var collection = new FakeCollection(1000) { SendsTotal = true, ReportedTotal = (call, real) => call.Index == 0 ? real : -1 };

            var ids = await ReadIds(collection, FakeCollection.Options(100, 4));

            Assert.That(ids, Is.EqualTo(Ids(0, 1000)));
            Assert.That(collection.Requests, Has.Count.EqualTo(10));
        }

        [Test]
        public async Task A_Link_header_without_next_ends_the_stream()
        {
            var collection = new FakeCollection(250) { SendsLinks = true };

            var ids = await ReadIds(collection, FakeCollection.Options(100));

            Assert.That(ids, Is.EqualTo(Ids(0, 250)));
            Assert.That(Offsets(collection), Is.EqualTo(new[] { 0, 100, 200 }));
        }

        [Test]
        public async Task Without_total_or_Link_only_an_empty_page_ends_the_stream()
        {
            var collection = new FakeCollection(250);

            var ids = await ReadIds(collection, FakeCollection.Options(100));

            Assert.That(ids, Is.EqualTo(Ids(0, 250)));
            // The short page at 200 could be a capped one: the stream asks once more and gets nothing.
            Assert.That(Offsets(collection), Is.EqualTo(new[] { 0, 100, 200, 250 }));
        }

        [TestCase(true, false, 1)]
        [TestCase(false, true, 1)]
        [TestCase(false, false, 1)]
        [TestCase(true, true, 1)]
        public async Task An_empty_collection_yields_nothing_after_one_request(bool total, bool links, int expectedRequests)
        {
            var collection = new FakeCollection(0) { SendsTotal = total, SendsLinks = links };

            var ids = await ReadIds(collection, FakeCollection.Options(100));

            Assert.That(ids, Is.Empty);
            Assert.That(collection.Requests, Has.Count.EqualTo(expectedRequests));
        }

        [Test]
        public async Task An_empty_page_ends_the_stream_even_when_the_total_promised_more()
        {
            var collection = new FakeCollection(150) { SendsTotal = true, ReportedTotal = (_, _) => 400 };

            var ids = await ReadIds(collection, FakeCollection.Options(100, 1));

            Assert.That(ids, Is.EqualTo(Ids(0, 150)));
            Assert.That(Offsets(collection), Is.EqualTo(new[] { 0, 100, 150 }));
        }

        [TestCase(true, false, 2, TestName = "Exactly full last page with a total: ends at the total")]
        [TestCase(false, true, 2, TestName = "Exactly full last page with Link headers: ends without next")]
        [TestCase(false, false, 3, TestName = "Exactly full last page without signals: one more request, empty")]
        public async Task Exactly_full_last_page(bool total, bool links, int expectedRequests)
        {
            var collection = new FakeCollection(200) { SendsTotal = total, SendsLinks = links };

            var ids = await ReadIds(collection, FakeCollection.Options(100));

            Assert.That(ids, Is.EqualTo(Ids(0, 200)));
            Assert.That(collection.Requests, Has.Count.EqualTo(expectedRequests));
        }

        [TestCase(true, false, 1, 25)]
        [TestCase(true, false, 4, 25)]
        [TestCase(false, true, 4, 25)]
        [TestCase(false, false, 4, 26)]
        public async Task A_silently_capped_limit_does_not_end_the_stream(bool total, bool links, int concurrency, int expectedRequests)
        {
            var collection = new FakeCollection(2500) { SendsTotal = total, SendsLinks = links, Cap = 100 };

            var ids = await ReadIds(collection, FakeCollection.Options(1000, concurrency));

            Assert.That(ids, Is.EqualTo(Ids(0, 2500)));
            Assert.That(collection.Requests, Has.Count.EqualTo(expectedRequests));
            Assert.That(collection.Requests[0], Is.EqualTo(new PageRequest(0, 1000)));
            // After the first answer the stream steps by what the provider served, and asks for that much.
            Assert.That(collection.Requests.Skip(1).Take(24), Is.EqualTo(Enumerable.Range(1, 24).Select(i => new PageRequest(i * 100, 100))));
        }

        [Test]
        public async Task A_cap_that_tightens_after_pages_were_requested_in_parallel_leaves_no_gap()
        {
            // From the third call on, the provider serves only 60 records a page, while pages of 100 are in flight.
            var collection = new FakeCollection(1000) { SendsTotal = true, BeforeAnswer = (call, fake) => fake.Cap = call.Index >= 2 ? 60 : null };

            var ids = await ReadIds(collection, FakeCollection.Options(100, 4));

            Assert.That(ids, Is.EqualTo(Ids(0, 1000)));
        }

        [Test]
        public async Task A_provider_that_ignores_the_limit_and_serves_more_is_read_without_gaps_or_repeats()
        {
            var collection = new FakeCollection(1000) { SendsTotal = true, FixedPageSize = 150 };

            var ids = await ReadIds(collection, FakeCollection.Options(100, 4));

            Assert.That(ids, Is.EqualTo(Ids(0, 1000)));
        }

        [TestCase(true, false)]
        [TestCase(false, true)]
        [TestCase(false, false)]
        public void A_provider_that_ignores_offset_raises_a_protocol_error_instead_of_looping(bool total, bool links)
        {
            var collection = new FakeCollection(250) { SendsTotal = total, SendsLinks = links, IgnoresOffset = true };

            var error = Assert.ThrowsAsync<OneRosterProtocolException>(() => ReadIds(collection, FakeCollection.Options(100, 4)));

            Assert.That(error!.Message, Does.Contain("offset 100 (limit 100)").And.Contain("offset 0").And.Contain("'r0000000', 'r0000001', 'r0000002', …"));
            Assert.That(collection.Requests, Has.Count.LessThanOrEqualTo(5));
        }

        [Test]
        public void A_provider_that_ignores_offset_is_caught_even_when_its_first_page_was_short()
        {
            // Five records and no signals: the stream must ask again (for five: the provider's apparent cap),
            // and the same five come back.
            var collection = new FakeCollection(5) { IgnoresOffset = true };

            var error = Assert.ThrowsAsync<OneRosterProtocolException>(() => ReadIds(collection, FakeCollection.Options(100)));

            Assert.That(error!.Message, Does.Contain("offset 5 (limit 5)").And.Contain("5 record(s)"));
        }

        [TestCase(1, 250, 3)]
        [TestCase(4, 250, 3)]
        [TestCase(4, 1, 1)]
        [TestCase(4, 100, 1)]
        [TestCase(4, 5000, 10)]
        public async Task MaxItems_stops_after_that_many_records_and_asks_for_no_more(int concurrency, long maxItems, int expectedRequests)
        {
            var collection = new FakeCollection(1000) { SendsTotal = true };

            var ids = await ReadIds(collection, FakeCollection.Options(100, concurrency, maxItems));

            Assert.That(ids, Is.EqualTo(Ids(0, (int)Math.Min(maxItems, 1000))));
            Assert.That(collection.Requests, Has.Count.EqualTo(expectedRequests));
            Assert.That(collection.Requests.Sum(r => r.Limit), Is.LessThanOrEqualTo(Math.Max(maxItems, 1000)));
        }

        [Test]
        public async Task MaxItems_smaller_than_a_page_asks_only_for_what_it_needs()
        {
            var collection = new FakeCollection(10_000);

            var ids = await ReadIds(collection, FakeCollection.Options(3000, 4, maxItems: 5));

            Assert.That(ids, Is.EqualTo(Ids(0, 5)));
            Assert.That(collection.Requests, Is.EqualTo(new[] { new PageRequest(0, 5) }));
        }

        [Test]
        public async Task MaxItems_zero_sends_no_request()
        {
            var collection = new FakeCollection(10);

            var ids = await ReadIds(collection, FakeCollection.Options(100, maxItems: 0));

            Assert.That(ids, Is.Empty);
            Assert.That(collection.Requests, Is.Empty);
        }

        [Test]
        public async Task StartOffset_is_the_offset_of_the_first_request()
        {
            var collection = new FakeCollection(250) { SendsTotal = true };
            var options = FakeCollection.Options(100);
            options.StartOffset = 120;

            var ids = await ReadIds(collection, options);

            Assert.That(ids, Is.EqualTo(Ids(120, 130)));
            Assert.That(Offsets(collection), Is.EqualTo(new[] { 120, 220 }));
        }

        private static IEnumerable<TestCaseData> TotalChanges()
        {
            foreach (var concurrency in new[] { 1, 4 })
            {
                // Records at the end are deleted while the collection is read. The shrunken total cannot end the
                // stream on its own: an empty page at 400 confirms the end.
                yield return Change("shrinks, records deleted", concurrency, 400, 400,
                    () => new FakeCollection(500) { SendsTotal = true, BeforeAnswer = FakeCollection.AtCall(1, records => records.RemoveRange(400, 100)) });
                // The count drops to 250 after the second page, yet the provider goes on serving all 1000 records.
                yield return Change("shrinks below the records still coming", concurrency, 1000, 1000,
                    () => new FakeCollection(1000) { SendsTotal = true, ReportedTotal = (call, real) => call.Index < 2 ? real : 250 });
                // Records are added: the stream follows the newest total and ends exactly at it.
                yield return Change("grows", concurrency, 450, 400,
                    () => new FakeCollection(300) { SendsTotal = true, BeforeAnswer = FakeCollection.AtCall(1, records => records.AddRange(Ids(300, 150).Select(id => new Row(id)))) });
            }

            static TestCaseData Change(string what, int concurrency, int records, int lastOffset, Func<FakeCollection> collection) =>
                new TestCaseData(collection, records, lastOffset, concurrency).SetName($"A total that {what} mid-stream (MaxConcurrency {concurrency})");
        }

        [TestCaseSource(nameof(TotalChanges))]
        public async Task A_total_that_changes_mid_stream(Func<FakeCollection> create, int records, int lastOffset, int concurrency)
        {
            var collection = create();

            var ids = await ReadIds(collection, FakeCollection.Options(100, concurrency));

            Assert.That(ids, Is.EqualTo(Ids(0, records)));
            Assert.That(collection.Requests.Last().Offset, Is.EqualTo(lastOffset));
        }

        [Test]
        public async Task Records_beyond_a_stale_total_are_read_until_an_empty_page()
        {
            // The total counts only 100, but the provider serves 230 records: the first page already runs past it.
            // (A page that ends exactly at a wrong total is indistinguishable from the real end and is trusted.)
            var collection = new FakeCollection(230) { SendsTotal = true, ReportedTotal = (_, _) => 100 };

            var ids = await ReadIds(collection, FakeCollection.Options(150, 4));

            Assert.That(ids, Is.EqualTo(Ids(0, 230)));
        }

        [Test]
        public async Task A_Link_next_keeps_the_stream_going_when_the_total_says_it_is_done()
        {
            var collection = new FakeCollection(300) { SendsTotal = true, SendsLinks = true, ReportedTotal = (_, _) => 100 };

            var ids = await ReadIds(collection, FakeCollection.Options(100, 1));

            Assert.That(ids, Is.EqualTo(Ids(0, 300)));
        }
    }
}
