using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Paging;
using OneRoster.Paging.Records;

namespace OneRoster.Tests.Paging
{
    /// <summary>
    /// Prefetched pages arrive early but are read only when the stream reaches them — the client's fetchers hand a
    /// page back with its records still in the body (<see cref="PageResponse{T}"/>'s record reader) — and the stream
    /// lets go of every page it has read: the two things that keep a fast stream out of full garbage collections. The
    /// "network" answers at once, so a stream that read pages on arrival would parse every prefetched page before the
    /// caller saw its first record.
    /// </summary>
    public class DeferredPageReadingTests
    {
        private const int PageSize = 10;
        private const int Pages = 6;

        [Test]
        public async Task Prefetched_pages_are_requested_at_once_but_parsed_only_when_the_stream_reaches_them()
        {
            var provider = new InstantProvider(PageSize * Pages);
            using var http = provider.CreateClient();
            var options = FakeCollection.Options(PageSize, maxConcurrency: 4);

            var read = new List<string?>();
            await foreach (var row in Paginator.StreamAsync(provider.FetchWith(http), r => r.Id, options))
            {
                var page = read.Count / PageSize;
                if (read.Count == 0)
                {
                    Assert.That(provider.Sent, Has.Count.GreaterThan(1), "the next pages are requested before the first is handed out");
                }
                Assert.That(provider.Parsed.Max(), Is.EqualTo(page), $"at record {read.Count}: only the page being read has been deserialized");
                read.Add(row.Id);
            }

            Assert.That(read, Is.EqualTo(provider.Ids));
            Assert.That(provider.Parsed, Is.EqualTo(Enumerable.Range(0, Pages)));
        }

        [TestCase(1)]
        [TestCase(3)]
        public async Task A_page_that_has_arrived_gives_its_place_to_the_next_request_before_it_is_parsed(int concurrency)
        {
            var provider = new InstantProvider(PageSize * Pages);
            using var http = provider.CreateClient();

            var read = await Paginator.StreamAsync(provider.FetchWith(http), r => r.Id, FakeCollection.Options(PageSize, concurrency)).ToListAsync();

            Assert.That(read, Has.Count.EqualTo(PageSize * Pages));
            // Page 0 goes alone (nothing is known yet); from page 1 on, the request MaxConcurrency pages further is
            // already sent when a page is parsed — and never more than that.
            var sentAtParse = provider.SentWhenParsed.ToDictionary(p => p.Page, p => p.Sent);
            for (var page = 1; page < Pages; page++)
            {
                Assert.That(sentAtParse[page], Is.EqualTo(Math.Min(page + concurrency, Pages - 1)), $"highest page requested when page {page} was parsed");
            }
        }

        [Test]
        public async Task With_MaxConcurrency_1_the_next_request_leaves_when_the_awaited_answer_arrives_not_after_parsing()
        {
            var provider = new InstantProvider(PageSize * Pages) { Gated = true };
            using var http = provider.CreateClient();
            var stream = Paginator.StreamAsync(provider.FetchWith(http), r => r.Id, FakeCollection.Options(PageSize, maxConcurrency: 1)).ToListAsync().AsTask();

            // Answer each request only once the stream waits for it: never two requests open at once.
            for (var page = 0; page < Pages; page++)
            {
                await provider.SentAsync(page).WaitAsync(FakeCollection.Patience);
                Assert.That(provider.Open, Is.EqualTo(1), $"requests open when page {page} is answered");
                provider.Release(page);
            }
            var read = await stream.WaitAsync(FakeCollection.Patience);

            Assert.That(read.Select(r => r.Id), Is.EqualTo(provider.Ids));
            var sentAtParse = provider.SentWhenParsed.ToDictionary(p => p.Page, p => p.Sent);
            for (var page = 1; page < Pages - 1; page++)
            {
                Assert.That(sentAtParse[page], Is.EqualTo(page + 1), $"page {page + 1} was requested before page {page} was parsed");
            }
        }

        [Test]
        public async Task Leaving_the_stream_releases_the_answers_it_never_read()
        {
            var provider = new InstantProvider(PageSize * Pages);
            using var http = provider.CreateClient();

            await foreach (var row in Paginator.StreamAsync(provider.FetchWith(http), r => r.Id, FakeCollection.Options(PageSize, maxConcurrency: 4)))
            {
                break;
            }

            Assert.That(provider.Sent, Has.Count.GreaterThan(1));
            Assert.That(provider.Parsed, Is.EqualTo(new[] { 0 }), "pages never reached are never deserialized");
            Assert.That(provider.Answers.All(a => a.Disposed), Is.True, "every answer's body is released when the stream ends");
        }

        [Test]
        public async Task A_page_the_stream_has_read_is_emptied_when_its_fetcher_says_nobody_else_holds_it()
        {
            var lists = new ConcurrentDictionary<int, List<Row>>();
            PageFetcher<Row> fetch = (request, _) =>
            {
                var items = Enumerable.Range(request.Offset, Math.Min(request.Limit, 30 - request.Offset)).Select(i => new Row(FakeCollection.IdOf(i))).ToList();
                lists[request.Offset] = items;
                return Task.FromResult(new PageResponse<Row>(items) { TotalCount = 30, ReleaseItemsWhenRead = true });
            };

            var read = new List<Row>();
            await foreach (var row in Paginator.StreamAsync(fetch, r => r.Id, FakeCollection.Options(PageSize, maxConcurrency: 2)))
            {
                if (read.Count == PageSize)
                {
                    Assert.That(lists[0], Is.Empty, "the first page was let go once the stream moved past it");
                    Assert.That(lists[PageSize], Has.Count.EqualTo(PageSize), "the page being read is untouched");
                }
                read.Add(row);
            }

            Assert.That(read.Select(r => r.Id), Is.EqualTo(Enumerable.Range(0, 30).Select(FakeCollection.IdOf)), "the caller's records are intact");
        }

        [Test]
        public async Task A_callers_own_page_lists_are_never_emptied()
        {
            var lists = new ConcurrentBag<List<Row>>();
            PageFetcher<Row> fetch = (request, _) =>
            {
                var items = Enumerable.Range(request.Offset, Math.Min(request.Limit, 30 - request.Offset)).Select(i => new Row(FakeCollection.IdOf(i))).ToList();
                lists.Add(items);
                return Task.FromResult(new PageResponse<Row>(items) { TotalCount = 30 });
            };

            var count = 0;
            await foreach (var _ in Paginator.StreamAsync(fetch, r => r.Id, FakeCollection.Options(PageSize)))
            {
                count++;
            }

            Assert.That(count, Is.EqualTo(30));
            Assert.That(lists.Sum(l => l.Count), Is.EqualTo(30));
        }

        /// <summary>A provider that answers every page at once, recording what was sent, parsed and released.</summary>
        private sealed class InstantProvider : HttpMessageHandler
        {
            private readonly int _count;

            public InstantProvider(int count) => _count = count;

            public ConcurrentQueue<int> Sent { get; } = new();

            public ConcurrentQueue<int> Parsed { get; } = new();

            public ConcurrentQueue<TrackedContent> Answers { get; } = new();

            /// <summary>For each page parsed, the highest page requested by then.</summary>
            public ConcurrentQueue<(int Page, int Sent)> SentWhenParsed { get; } = new();

            public IEnumerable<string> Ids => Enumerable.Range(0, _count).Select(FakeCollection.IdOf);

            public HttpClient CreateClient() => new(this) { BaseAddress = new Uri("https://provider.test/") };

            /// <summary>What the client's own fetchers do: send, and hand the answer back with its records still unread.</summary>
            public PageFetcher<Row> FetchWith(HttpClient http) => async (request, cancellationToken) =>
            {
                var response = await http.GetAsync($"users?offset={request.Offset}&limit={request.Limit}", HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var rows = Enumerable.Range(request.Offset, Math.Max(0, Math.Min(request.Limit, _count - request.Offset)))
                    .Select(i => new Row(FakeCollection.IdOf(i))).ToList();
                return new PageResponse<Row>(Array.Empty<Row>())
                {
                    TotalCount = _count,
                    Records = new UnreadRecords(rows, response, () =>
                    {
                        Parsed.Enqueue(request.Offset / PageSize);
                        SentWhenParsed.Enqueue((request.Offset / PageSize, Sent.Max()));
                    }),
                };
            };

            /// <summary>Each answer waits for <see cref="Release"/>.</summary>
            public bool Gated { get; init; }

            /// <summary>Requests sent and not yet answered.</summary>
            public int Open => Volatile.Read(ref _open);

            private int _open;
            private readonly ConcurrentDictionary<int, TaskCompletionSource> _sent = new();
            private readonly ConcurrentDictionary<int, TaskCompletionSource> _released = new();

            public Task SentAsync(int page) => Signal(_sent, page).Task;

            public void Release(int page) => Signal(_released, page).SetResult();

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query);
                var page = int.Parse(query["offset"]!, System.Globalization.CultureInfo.InvariantCulture) / PageSize;
                Sent.Enqueue(page);
                if (Gated)
                {
                    Interlocked.Increment(ref _open);
                    Signal(_sent, page).TrySetResult();
                    await Signal(_released, page).Task.WaitAsync(cancellationToken);
                    Interlocked.Decrement(ref _open);
                }
                var content = new TrackedContent();
                Answers.Enqueue(content);
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
            }

            private static TaskCompletionSource Signal(ConcurrentDictionary<int, TaskCompletionSource> signals, int page) =>
                signals.GetOrAdd(page, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        /// <summary>A page's records, "parsed" (reported) when the stream first reads one; disposing releases the answer.</summary>
        private sealed class UnreadRecords : IPageRecords<Row>
        {
            private readonly List<Row> _rows;
            private readonly HttpResponseMessage _answer;
            private readonly Action _parsed;
            private int _next = -1;

            public UnreadRecords(List<Row> rows, HttpResponseMessage answer, Action parsed)
            {
                _rows = rows;
                _answer = answer;
                _parsed = parsed;
            }

            public long? BodyTotalCount => null;

            public bool TryRead(out Row record)
            {
                if (_next < 0)
                {
                    _parsed();
                    _next = 0;
                }
                if (_next < _rows.Count)
                {
                    record = _rows[_next++];
                    return true;
                }
                record = default!;
                return false;
            }

            public void Dispose() => _answer.Dispose();
        }

        private sealed class TrackedContent : ByteArrayContent
        {
            public TrackedContent()
                : base(new byte[] { (byte)'{', (byte)'}' })
            {
            }

            public bool Disposed { get; private set; }

            protected override void Dispose(bool disposing)
            {
                Disposed = true;
                base.Dispose(disposing);
            }
        }
    }
}
