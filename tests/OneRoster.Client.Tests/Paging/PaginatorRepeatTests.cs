using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Paging;

namespace OneRoster.Tests.Paging
{
    /// <summary>Records a provider sends twice (rows inserted while paging) are yielded once, with memory that stays flat.</summary>
    public class PaginatorRepeatTests
    {
        [TestCase(1)]
        [TestCase(4)]
        public async Task Records_pushed_onto_the_next_page_by_inserts_are_yielded_once(int concurrency)
        {
            var collection = new FakeCollection(500)
            {
                SendsTotal = true,
                // Three rows inserted at the front: the last three records of page 1 reappear on page 2.
                BeforeAnswer = FakeCollection.AtCall(2, records => records.InsertRange(0, new[] { new Row("new-a"), new Row("new-b"), new Row("new-c") })),
            };

            var ids = (await collection.Stream(FakeCollection.Options(100, concurrency)).ToListAsync()).Select(r => r.Id);

            Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 500).Select(FakeCollection.IdOf)));
        }

        [Test]
        public async Task A_record_repeated_within_one_page_is_yielded_once()
        {
            var collection = new FakeCollection(0);
            collection.Records.AddRange(new[] { new Row("a"), new Row("b"), new Row("a"), new Row("c") });

            var ids = (await collection.Stream(FakeCollection.Options(10)).ToListAsync()).Select(r => r.Id);

            Assert.That(ids, Is.EqualTo(new[] { "a", "b", "c" }));
        }

        [Test]
        public async Task Records_without_a_key_are_never_dropped()
        {
            var collection = new FakeCollection(0);
            collection.Records.AddRange(new[] { new Row("a"), new Row(null), new Row(null), new Row(null), new Row("a"), new Row("b") });

            var ids = (await collection.Stream(FakeCollection.Options(3)).ToListAsync()).Select(r => r.Id);

            Assert.That(ids, Is.EqualTo(new[] { "a", null, null, null, "b" }));
        }

        [Test]
        public async Task A_page_of_keyless_records_served_again_is_not_mistaken_for_an_ignored_offset()
        {
            var collection = new FakeCollection(0);
            collection.Records.AddRange(Enumerable.Repeat(new Row(null), 7));

            var rows = await collection.Stream(FakeCollection.Options(3)).ToListAsync();

            Assert.That(rows, Has.Count.EqualTo(7));
        }

        [Test]
        public async Task A_repeat_further_back_than_the_previous_page_is_not_remembered()
        {
            // Only two pages of keys are kept, so memory does not grow with the collection; a repeat further back
            // needs more than a page of inserts between two requests (see docs/pagination.md).
            var collection = new FakeCollection(400);
            collection.Records[350] = new Row(FakeCollection.IdOf(0));

            var ids = (await collection.Stream(FakeCollection.Options(100)).ToListAsync()).Select(r => r.Id).ToList();

            Assert.That(ids, Has.Count.EqualTo(400));
            Assert.That(ids.Count(id => id == FakeCollection.IdOf(0)), Is.EqualTo(2));
        }

        [TestCase(2)]
        [TestCase(4)]
        public async Task Repeats_do_not_count_towards_MaxItems(int concurrency)
        {
            var collection = new FakeCollection(500)
            {
                SendsTotal = true,
                BeforeAnswer = FakeCollection.AtCall(1, records => records.InsertRange(0, Enumerable.Range(0, 10).Select(i => new Row($"new-{i}")))),
            };

            var ids = (await collection.Stream(FakeCollection.Options(100, concurrency, maxItems: 200)).ToListAsync()).Select(r => r.Id);

            Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 200).Select(FakeCollection.IdOf)));
        }

        [Test]
        public async Task Memory_stays_flat_over_a_million_records()
        {
            const int Count = 1_000_000;
            PageFetcher<Row> fetch = (request, _) =>
            {
                var items = new Row[Math.Max(0, Math.Min(request.Limit, Count - request.Offset))];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = new Row(FakeCollection.IdOf(request.Offset + i));
                }
                return Task.FromResult(new PageResponse<Row>(items) { TotalCount = Count });
            };
            long early = 0, late = 0;
            var seen = 0;

            await foreach (var row in Paginator.StreamAsync(fetch, r => r.Id, FakeCollection.Options(1000, 4)))
            {
                if (row.Id != FakeCollection.IdOf(seen))
                {
                    Assert.Fail($"Record {seen} was {row.Id}.");
                }
                seen++;
                if (seen == 100_000)
                {
                    early = GC.GetTotalMemory(forceFullCollection: true);
                }
                else if (seen == 900_000)
                {
                    late = GC.GetTotalMemory(forceFullCollection: true);
                }
            }

            Assert.That(seen, Is.EqualTo(Count));
            // Remembering every key would hold 800,000 more strings and set entries here: tens of megabytes.
            Assert.That(late - early, Is.LessThan(4 * 1024 * 1024), $"live heap grew from {early:N0} to {late:N0} bytes");
        }
    }
}
