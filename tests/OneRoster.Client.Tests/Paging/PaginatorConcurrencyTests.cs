using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Paging;

namespace OneRoster.Tests.Paging
{
    /// <summary>Prefetch, parallel pages, order, backpressure, cancellation and failures of a stream.</summary>
    public class PaginatorConcurrencyTests
    {
        private static IEnumerable<string> Ids(int from, int count) => Enumerable.Range(from, count).Select(FakeCollection.IdOf);

        /// <summary>Reads a stream of pages of 100, checking at every record that no more than <paramref name="concurrency"/> pages are requested beyond the ones taken.</summary>
        private static async Task<List<string?>> ReadCheckingBufferAsync(FakeCollection collection, int concurrency)
        {
            var ids = new List<string?>();
            await foreach (var row in collection.Stream(FakeCollection.Options(100, concurrency)))
            {
                var pagesTaken = ids.Count / 100 + 1;
                // The stream starts requests only inside MoveNextAsync, so this count is stable while the caller runs.
                Assert.That(collection.Calls.Count - pagesTaken, Is.LessThanOrEqualTo(concurrency), $"at record {ids.Count}");
                ids.Add(row.Id);
            }
            return ids;
        }

        [Test]
        public async Task With_MaxConcurrency_1_the_next_page_is_requested_while_the_caller_reads_and_never_two_at_once()
        {
            var collection = new FakeCollection(300) { SendsTotal = true, Gated = true };
            await using var reader = new PatientReader<Row>(collection.Stream(FakeCollection.Options(100, 1)));

            var first = reader.MoveNextAsync();
            await collection.WaitForCallsAsync(1);
            collection.Calls[0].Release();
            Assert.That(await first.AsTask().WaitAsync(FakeCollection.Patience), Is.True);

            // The caller holds record 0; page 1 is already on its way, and nothing else.
            Assert.That(collection.Requests, Is.EqualTo(new[] { new PageRequest(0, 100), new PageRequest(100, 100) }));
            Assert.That(collection.InFlight, Is.EqualTo(1));

            var releasing = collection.ReleaseInBatchesAsync(1, 3, new Random(1));
            while (await reader.MoveNextAsync())
            {
            }
            await releasing.WaitAsync(FakeCollection.Patience);
            Assert.That(collection.MaxInFlight, Is.EqualTo(1));
            Assert.That(collection.Calls, Has.Count.EqualTo(3));
        }

        [Test]
        public async Task Without_a_total_one_page_is_requested_ahead_whatever_MaxConcurrency()
        {
            var collection = new FakeCollection(1000) { Gated = true };
            await using var reader = new PatientReader<Row>(collection.Stream(FakeCollection.Options(100, 8)));

            var first = reader.MoveNextAsync();
            await collection.WaitForCallsAsync(1);
            collection.Calls[0].Release();
            Assert.That(await first.AsTask().WaitAsync(FakeCollection.Patience), Is.True);

            // Unknown offsets cannot be guessed safely: the next one is known only when this page has arrived.
            Assert.That(collection.Calls, Has.Count.EqualTo(2));
        }

        [Test]
        public async Task Pages_answered_last_first_are_still_yielded_in_order()
        {
            var collection = new FakeCollection(500) { SendsTotal = true, Gated = true };
            var reading = collection.Stream(FakeCollection.Options(100, 4)).ToListAsync().AsTask();

            await collection.WaitForCallsAsync(1);
            collection.Calls[0].Release();
            await collection.WaitForCallsAsync(5);
            foreach (var call in collection.Calls.Skip(1).Reverse())
            {
                call.Release();
            }

            var ids = (await reading.WaitAsync(FakeCollection.Patience)).Select(r => r.Id);
            Assert.That(ids, Is.EqualTo(Ids(0, 500)));
            Assert.That(collection.MaxInFlight, Is.EqualTo(4));
        }

        [Test]
        public async Task Order_and_limits_hold_whatever_order_pages_are_answered_in(
            [Values(1, 2, 4, 7)] int concurrency, [Values(1, 2, 3)] int seed)
        {
            var collection = new FakeCollection(1500) { SendsTotal = true, Gated = true };

            var reading = ReadCheckingBufferAsync(collection, concurrency);
            // Waits, batch after batch, for the stream to keep exactly `concurrency` pages requested.
            var releasing = collection.ReleaseInBatchesAsync(concurrency, 15, new Random(seed));
            await Task.WhenAll(reading, releasing).WaitAsync(FakeCollection.Patience);

            Assert.That(await reading, Is.EqualTo(Ids(0, 1500)));
            Assert.That(collection.MaxInFlight, Is.EqualTo(concurrency));
            Assert.That(collection.Calls, Has.Count.EqualTo(15));
        }

        [Test]
        public async Task A_caller_that_stops_reading_holds_back_the_requests()
        {
            var collection = new FakeCollection(10_000) { SendsTotal = true };
            await using var reader = new PatientReader<Row>(collection.Stream(FakeCollection.Options(100, 3)));

            for (var i = 0; i < 250; i++)
            {
                Assert.That(await reader.MoveNextAsync(), Is.True);
            }

            // Three pages taken (0, 1, 2), three more requested ahead: not one more, however fast the provider is.
            Assert.That(collection.Calls, Has.Count.EqualTo(6));
        }

        [Test]
        public async Task Cancelling_while_the_caller_waits_cancels_the_requests_in_flight()
        {
            using var cancellation = new CancellationTokenSource();
            var collection = new FakeCollection(1000) { SendsTotal = true, Gated = true };
            await using var reader = new PatientReader<Row>(collection.Stream(FakeCollection.Options(100, 4), cancellation.Token));
            var first = reader.MoveNextAsync();
            await collection.WaitForCallsAsync(1);
            collection.Calls[0].Release();
            for (var i = 0; i < 100; i++)
            {
                Assert.That(await (i == 0 ? first : reader.MoveNextAsync()), Is.True);
            }

            var waiting = reader.MoveNextAsync().AsTask();
            Assert.That(waiting.IsCompleted, Is.False, "page 1 is not answered yet");
            cancellation.Cancel();

            var error = Assert.ThrowsAsync<OperationCanceledException>(() => waiting.WaitAsync(FakeCollection.Patience));
            Assert.That(error!.CancellationToken, Is.EqualTo(cancellation.Token));
            var inFlight = collection.Calls.Skip(1).ToList();
            Assert.That(inFlight, Has.Count.EqualTo(4));
            Assert.That(inFlight.Select(c => c.SawCancellation), Is.All.True);
            Assert.That(collection.InFlight, Is.Zero);
        }

        [Test]
        public async Task Cancelling_the_enumerator_while_the_caller_reads_a_page_stops_at_the_next_record_and_cancels_the_requests()
        {
            using var cancellation = new CancellationTokenSource();
            var collection = new FakeCollection(1000) { SendsTotal = true, Gated = true };
            await using var reader = new PatientReader<Row>(collection.Stream(FakeCollection.Options(100, 4)), cancellation.Token);
            var first = reader.MoveNextAsync();
            await collection.WaitForCallsAsync(1);
            collection.Calls[0].Release();
            Assert.That(await first, Is.True);

            cancellation.Cancel();

            Assert.ThrowsAsync<OperationCanceledException>(() => reader.MoveNextAsync().AsTask().WaitAsync(FakeCollection.Patience));
            Assert.That(collection.Calls.Skip(1).Select(c => c.SawCancellation), Is.All.True);
            Assert.That(collection.InFlight, Is.Zero);
        }

        [Test]
        public async Task Leaving_await_foreach_cancels_the_requests_in_flight_and_waits_for_them()
        {
            var collection = new FakeCollection(1000) { SendsTotal = true, Gated = true };
            var reading = Task.Run(async () =>
            {
                await foreach (var row in collection.Stream(FakeCollection.Options(100, 4)))
                {
                    break;
                }
            });

            await collection.WaitForCallsAsync(1);
            collection.Calls[0].Release();
            await reading.WaitAsync(FakeCollection.Patience);

            Assert.That(collection.Calls.Skip(1).Select(c => c.Token.IsCancellationRequested && c.SawCancellation), Is.All.True);
            Assert.That(collection.InFlight, Is.Zero);
        }

        [Test]
        public void A_token_cancelled_before_reading_sends_no_request()
        {
            var collection = new FakeCollection(10);

            Assert.ThrowsAsync<OperationCanceledException>(async () => await collection.Stream(FakeCollection.Options(100), new CancellationToken(true)).ToListAsync());
            Assert.That(collection.Calls, Is.Empty);
        }

        [TestCase(1)]
        [TestCase(4)]
        public void A_failure_on_page_7_of_10_surfaces_after_the_first_6_pages_were_yielded(int concurrency)
        {
            var failure = new HttpRequestException("page 7 failed");
            var collection = new FakeCollection(1000)
            {
                SendsTotal = true,
                BeforeAnswer = (call, _) =>
                {
                    if (call.Request.Offset == 600)
                    {
                        throw failure;
                    }
                },
            };
            var ids = new List<string?>();

            var error = Assert.ThrowsAsync<HttpRequestException>(async () =>
            {
                await foreach (var row in collection.Stream(FakeCollection.Options(100, concurrency)))
                {
                    ids.Add(row.Id);
                }
            });

            Assert.That(error, Is.SameAs(failure));
            Assert.That(ids, Is.EqualTo(Ids(0, 600)));
        }

        [Test]
        public async Task A_failure_answered_before_earlier_pages_still_waits_for_them()
        {
            var collection = new FakeCollection(1000) { SendsTotal = true, Gated = true };
            var ids = new List<string?>();
            var reading = Task.Run(async () =>
            {
                await foreach (var row in collection.Stream(FakeCollection.Options(100, 4)))
                {
                    ids.Add(row.Id);
                }
            });

            await collection.WaitForCallsAsync(1);
            collection.Calls[0].Release();
            await collection.WaitForCallsAsync(5);
            collection.Calls[4].Fail(new HttpRequestException("page 5 failed"));
            foreach (var call in collection.Calls.Skip(1).Take(3).Reverse())
            {
                call.Release();
            }

            Assert.ThrowsAsync<HttpRequestException>(() => reading.WaitAsync(FakeCollection.Patience));
            Assert.That(ids, Is.EqualTo(Ids(0, 400)));
            Assert.That(collection.InFlight, Is.Zero);
        }

        [Test]
        public void A_fetcher_that_throws_before_its_first_await_fails_its_page_in_order()
        {
            var collection = new FakeCollection(1000) { SendsTotal = true };
            PageFetcher<Row> fetch = (request, token) =>
                request.Offset == 200 ? throw new InvalidOperationException("no client") : collection.Fetch(request, token);
            var ids = new List<string?>();

            Assert.ThrowsAsync<InvalidOperationException>(async () =>
            {
                await foreach (var row in Paginator.StreamAsync(fetch, r => r.Id, FakeCollection.Options(100, 4)))
                {
                    ids.Add(row.Id);
                }
            });

            Assert.That(ids, Is.EqualTo(Ids(0, 200)));
        }

        [Test]
        public void A_fetcher_that_returns_no_response_is_reported_for_its_page()
        {
            PageFetcher<Row> fetch = (_, _) => Task.FromResult<PageResponse<Row>>(null!);

            var error = Assert.ThrowsAsync<InvalidOperationException>(async () => await Paginator.StreamAsync(fetch, r => r.Id, FakeCollection.Options(100)).ToListAsync());

            Assert.That(error!.Message, Does.Contain("offset 0 (limit 100)"));
        }

        [Test]
        public async Task Failures_of_abandoned_requests_are_all_observed()
        {
            var unobserved = 0;
            void Count(object? sender, UnobservedTaskExceptionEventArgs args)
            {
                if (args.Exception.InnerExceptions.Any(e => e is AbandonedPageException))
                {
                    Interlocked.Increment(ref unobserved);
                }
            }
            TaskScheduler.UnobservedTaskException += Count;
            try
            {
                await FailManyPagesAsync();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                Assert.That(unobserved, Is.Zero);
            }
            finally
            {
                TaskScheduler.UnobservedTaskException -= Count;
            }
        }

        // Kept out of the test method so that nothing it created is still referenced when the GC runs.
        private static async Task FailManyPagesAsync()
        {
            var collection = new FakeCollection(2000)
            {
                SendsTotal = true,
                BeforeAnswer = (call, _) =>
                {
                    if (call.Request.Offset >= 300)
                    {
                        throw new AbandonedPageException();
                    }
                },
            };
            Assert.ThrowsAsync<AbandonedPageException>(async () => await collection.Stream(FakeCollection.Options(100, 8)).ToListAsync());

            var gated = new FakeCollection(2000) { SendsTotal = true, Gated = true };
            var reading = Task.Run(async () =>
            {
                await foreach (var row in gated.Stream(FakeCollection.Options(100, 8)))
                {
                    if (row.Id == FakeCollection.IdOf(150))
                    {
                        break;
                    }
                }
            });
            await gated.WaitForCallsAsync(1);
            gated.Calls[0].Release();
            await gated.WaitForCallsAsync(9);
            gated.Calls[1].Release();
            foreach (var call in gated.Calls.Skip(2))
            {
                call.Fail(new AbandonedPageException());
            }
            await reading.WaitAsync(FakeCollection.Patience);
        }

        private sealed class AbandonedPageException : Exception
        {
        }
    }
}
