using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Paging;

namespace OneRoster.Tests.Paging
{
    /// <summary>
    /// An in-memory OneRoster collection behind a <see cref="PageFetcher{T}"/>, configurable to behave like the
    /// providers seen in the wild (total or not, Link headers or not, a silent cap, ignoring offset), with a gate
    /// per request so tests decide when and in which order answers arrive — no sleeps, no timing.
    /// </summary>
    public sealed class FakeCollection
    {
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

        private readonly object _sync = new();
        private readonly List<PageCall> _calls = new();
        private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = new();
        private int _inFlight;
        private int _maxInFlight;

        public FakeCollection(int count) => Records = Enumerable.Range(0, count).Select(i => new Row(IdOf(i))).ToList();

        /// <summary>The collection; mutate it only from <see cref="BeforeAnswer"/> (it runs under the collection's lock).</summary>
        public List<Row> Records { get; }

        /// <summary>Reports the collection size with each answer (an X-Total-Count header or a totalCount body field).</summary>
        public bool SendsTotal { get; init; }

        /// <summary>Sends a Link header on every answer, with rel="next" unless the page reaches the end.</summary>
        public bool SendsLinks { get; init; }

        /// <summary>Serves at most this many records whatever limit is asked (a silent cap).</summary>
        public int? Cap { get; set; }

        /// <summary>Serves this many records whatever limit is asked (ignores limit).</summary>
        public int? FixedPageSize { get; init; }

        /// <summary>Serves from offset 0 whatever offset is asked.</summary>
        public bool IgnoresOffset { get; init; }

        /// <summary>Each answer waits until the test releases (or fails) its call.</summary>
        public bool Gated { get; init; }

        /// <summary>The total to report for a call instead of the real size (given the call and the real size).</summary>
        public Func<PageCall, long, long>? ReportedTotal { get; init; }

        /// <summary>Runs before a call is answered, under the lock: change the collection (records, cap), or throw to fail the page.</summary>
        public Action<PageCall, FakeCollection>? BeforeAnswer { get; init; }

        public PageFetcher<Row> Fetch => FetchAsync;

        /// <summary>A <see cref="BeforeAnswer"/> that changes the records just before call number <paramref name="callIndex"/> is answered.</summary>
        public static Action<PageCall, FakeCollection> AtCall(int callIndex, Action<List<Row>> change) =>
            (call, fake) =>
            {
                if (call.Index == callIndex)
                {
                    change(fake.Records);
                }
            };

        public IReadOnlyList<PageCall> Calls
        {
            get
            {
                lock (_sync)
                {
                    return _calls.ToList();
                }
            }
        }

        public IReadOnlyList<PageRequest> Requests => Calls.Select(c => c.Request).ToList();

        public int InFlight => Volatile.Read(ref _inFlight);

        public int MaxInFlight => Volatile.Read(ref _maxInFlight);

        public static string IdOf(int i) => $"r{i:D7}";

        /// <summary>Options for the paginator's own tests, which pin its concurrency: without the prefetch ramp (see PrefetchRampTests).</summary>
        public static PagingOptions Options(int pageSize, int maxConcurrency = PagingOptions.DefaultMaxConcurrency, long? maxItems = null) =>
            new() { PageSize = pageSize, MaxConcurrency = maxConcurrency, MaxItems = maxItems, RampUp = false };

        public IAsyncEnumerable<Row> Stream(PagingOptions options, CancellationToken cancellationToken = default) =>
            Paginator.StreamAsync(Fetch, row => row.Id, options, cancellationToken);

        /// <summary>Completes when at least <paramref name="count"/> calls have started.</summary>
        public Task WaitForCallsAsync(int count)
        {
            lock (_sync)
            {
                if (_calls.Count >= count)
                {
                    return Task.CompletedTask;
                }
                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((count, reached));
                return reached.Task.WaitAsync(Patience);
            }
        }

        /// <summary>
        /// Releases gated calls batch by batch, each batch in <paramref name="order"/>'s shuffled order, for a stream
        /// that knows the total: one first call, then after each batch exactly <paramref name="concurrency"/> more —
        /// waiting for them proves the stream keeps that many pages requested, and never blocks a stream that does.
        /// </summary>
        public async Task ReleaseInBatchesAsync(int concurrency, int pages, Random order)
        {
            var released = 0;
            var target = 1;
            while (released < pages)
            {
                await WaitForCallsAsync(target);
                var batch = Calls.Skip(released).Take(target - released).ToArray();
                order.Shuffle(batch);
                foreach (var call in batch)
                {
                    call.Release();
                }
                released = target;
                target = Math.Min(released + concurrency, pages);
            }
        }

        private async Task<PageResponse<Row>> FetchAsync(PageRequest request, CancellationToken cancellationToken)
        {
            var call = Begin(request, cancellationToken);
            try
            {
                if (Gated)
                {
                    try
                    {
                        await call.Gate.WaitAsync(cancellationToken);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        call.SawCancellation = true;
                        throw;
                    }
                }
                return Answer(call);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private PageCall Begin(PageRequest request, CancellationToken cancellationToken)
        {
            lock (_sync)
            {
                var call = new PageCall(_calls.Count, request, cancellationToken);
                _calls.Add(call);
                _maxInFlight = Math.Max(_maxInFlight, Interlocked.Increment(ref _inFlight));
                foreach (var waiter in _waiters.Where(w => w.Count <= _calls.Count).ToList())
                {
                    _waiters.Remove(waiter);
                    waiter.Reached.SetResult();
                }
                return call;
            }
        }

        private PageResponse<Row> Answer(PageCall call)
        {
            lock (Records)
            {
                BeforeAnswer?.Invoke(call, this);
                var start = IgnoresOffset ? 0 : call.Request.Offset;
                var size = FixedPageSize ?? Math.Min(call.Request.Limit, Cap ?? int.MaxValue);
                var items = Records.Skip(start).Take(size).ToList();
                var end = start + items.Count;
                return new PageResponse<Row>(items)
                {
                    TotalCount = SendsTotal ? ReportedTotal?.Invoke(call, Records.Count) ?? Records.Count : null,
                    HasLinkHeader = SendsLinks,
                    NextLink = SendsLinks && end < Records.Count ? new Uri($"https://sis.example/users?offset={end}&limit={call.Request.Limit}") : null,
                };
            }
        }
    }
}
