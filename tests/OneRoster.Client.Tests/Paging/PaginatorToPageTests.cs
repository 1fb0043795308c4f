using System;
using System.Linq;
using NUnit.Framework;
using OneRoster.Paging;

namespace OneRoster.Tests.Paging
{
    /// <summary>How a single answer becomes a <see cref="Page{T}"/>, and when it says more records follow.</summary>
    public class PaginatorToPageTests
    {
        private static PageResponse<Row> Answer(int count, long? total = null, bool linkHeader = false, bool next = false) =>
            new(Enumerable.Range(0, count).Select(i => new Row(FakeCollection.IdOf(i))).ToList())
            {
                TotalCount = total,
                HasLinkHeader = linkHeader,
                NextLink = next ? new Uri("https://sis.example/users?offset=100") : null,
            };

        [TestCase(0, 100, 100, 250L, false, false, true, TestName = "Total above the page end: more")]
        [TestCase(200, 100, 50, 250L, false, false, false, TestName = "Total reached: no more")]
        [TestCase(100, 100, 100, 200L, false, false, false, TestName = "Exactly full last page with a total: no more")]
        [TestCase(0, 1000, 100, 5000L, false, false, true, TestName = "Capped page with a total above it: more")]
        [TestCase(0, 100, 100, null, true, true, true, TestName = "Link next: more")]
        [TestCase(0, 100, 100, null, true, false, false, TestName = "Link header without next: no more")]
        [TestCase(0, 100, 100, 100L, true, true, true, TestName = "Link next outweighs a total that says done")]
        [TestCase(0, 100, 50, 300L, true, false, true, TestName = "Total above the page end outweighs a Link without next")]
        [TestCase(0, 100, 100, null, false, false, true, TestName = "No signals, full page: more")]
        [TestCase(0, 100, 40, null, false, false, false, TestName = "No signals, short page: no more")]
        [TestCase(0, 100, 100, -1L, false, false, true, TestName = "Negative total counts as none")]
        [TestCase(0, 100, 150, 100L, false, false, true, TestName = "Records beyond a stale total: the total says nothing")]
        [TestCase(0, 100, 0, 500L, true, true, false, TestName = "Empty page: no more whatever the signals")]
        public void Has_more_follows_the_stop_rules(int offset, int limit, int count, long? total, bool linkHeader, bool next, bool expected)
        {
            var page = Paginator.ToPage(new PageRequest(offset, limit), Answer(count, total, linkHeader, next));

            Assert.That(page.HasMore, Is.EqualTo(expected));
        }

        [Test]
        public void A_page_carries_the_request_the_answer_and_the_offset_to_continue_from()
        {
            var page = Paginator.ToPage(new PageRequest(200, 1000), Answer(100, total: 5000));

            Assert.That(page.Items, Has.Count.EqualTo(100));
            Assert.That(page.Offset, Is.EqualTo(200));
            Assert.That(page.Limit, Is.EqualTo(1000));
            Assert.That(page.TotalCount, Is.EqualTo(5000));
            Assert.That(page.IsFilteredClientSide, Is.False);
            // The provider capped the page at 100: continuing at Offset + Limit would skip 900 records.
            Assert.That(page.NextOffset, Is.EqualTo(300));
        }

        [Test]
        public void A_client_side_filter_keeps_the_paging_facts_of_the_unfiltered_answer()
        {
            var page = Paginator.ToPage(new PageRequest(0, 100), Answer(100), row => row.Id == FakeCollection.IdOf(42));

            Assert.That(page.Items.Select(r => r.Id), Is.EqualTo(new[] { FakeCollection.IdOf(42) }));
            Assert.That(page.IsFilteredClientSide, Is.True);
            Assert.That(page.HasMore, Is.True);
            Assert.That(page.NextOffset, Is.EqualTo(100));
        }

        [Test]
        public void A_negative_total_is_not_reported()
        {
            var page = Paginator.ToPage(new PageRequest(0, 100), Answer(3, total: -1));

            Assert.That(page.TotalCount, Is.Null);
        }

        [Test]
        public void A_page_rejects_what_cannot_be()
        {
            Assert.That(() => new Page<Row>(null!, 0, 10, null, false), Throws.ArgumentNullException);
            Assert.That(() => new Page<Row>(Array.Empty<Row>(), -1, 10, null, false), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new Page<Row>(Array.Empty<Row>(), 0, -1, null, false), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new Page<Row>(Array.Empty<Row>(), 10, 10, null, false, nextOffset: 5), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new PageResponse<Row>(null!), Throws.ArgumentNullException);
        }
    }
}
