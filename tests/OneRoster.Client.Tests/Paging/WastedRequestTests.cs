using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Paging;
using OneRoster.Query;
using OneRoster.Testing;

namespace OneRoster.Tests.Paging
{
    /// <summary>
    /// No request the caller does not need: <c>maxItems</c> caps the limit and the pages asked for, the prefetch
    /// window grows from one request ahead, and nothing is sent after the caller stops. Counted on the fake's log.
    /// </summary>
    [TestFixture]
    [NonParallelizable]
    public class WastedRequestTests
    {
        private OneRosterFakeServer _fake = null!;
        private OneRosterClient _client = null!;
        private CountingHandler _sent = null!;
        private System.Net.Http.HttpClient _tokens = null!;
        private System.Net.Http.HttpClient _http = null!;

        // A fake of its own per test: a request the previous test cancelled may still reach a shared fake's log.
        [SetUp]
        public async Task StartFake()
        {
            _fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 1_000));
            var options = _fake.CreateClientOptions();
            options.PageSize = 100;
            options.MaxConcurrency = 4;
            // The client's own chain with a counter in front: what the client sent, whenever the fake logs it.
            _tokens = new System.Net.Http.HttpClient();
            _sent = new CountingHandler { InnerHandler = new OneRoster.Auth.OneRosterTokenHandler(options, _tokens) { InnerHandler = new System.Net.Http.HttpClientHandler() } };
            _http = new System.Net.Http.HttpClient(_sent) { BaseAddress = options.ResolvedBaseUrl };
            _client = new OneRosterClient(_http, options);
        }

        [TearDown]
        public async Task StopFake()
        {
            _client.Dispose();
            _http.Dispose();
            _sent.Dispose();
            _tokens.Dispose();
            await _fake.DisposeAsync();
        }

        private string[] UserRequests() =>
            _fake.RequestLog.Where(r => r.OperationId == "getAllUsers").Select(r => r.PathAndQuery).ToArray();

        [TestCase(10, 100)]
        [TestCase(100, 100)]
        [TestCase(1, 3000)]
        public async Task MaxItems_at_or_below_the_limit_takes_one_request_asking_for_maxItems(int maxItems, int limit)
        {
            var read = await _client.Users.StreamAsync(q => q.Limit(limit), maxItems: maxItems).ToListAsync();

            Assert.That(read, Has.Count.EqualTo(maxItems));
            Assert.That(UserRequests(), Has.Length.EqualTo(1), string.Join(" | ", UserRequests()));
            Assert.That(UserRequests()[0], Does.Contain($"limit={maxItems}&"));
        }

        [Test]
        public async Task MaxItems_beyond_one_page_asks_only_for_what_remains()
        {
            var read = await _client.Users.StreamAsync(maxItems: 250).ToListAsync();

            Assert.That(read, Has.Count.EqualTo(250));
            Assert.That(UserRequests().Select(LimitAndOffset), Is.EqualTo(new[] { (100, 0), (100, 100), (50, 200) }));
        }

        [TestCase(false, TestName = "An_unfiltered_stream_enumerated_twice_reads_afresh_with_the_same_requests")]
        [TestCase(true, TestName = "A_filtered_stream_enumerated_twice_reads_afresh_with_the_same_requests")]
        public async Task A_stream_enumerated_twice_reads_afresh_with_the_same_requests(bool filtered)
        {
            var stream = filtered
                ? _client.Users.StreamAsync(q => q.Where(Filter.Field("status").EqualTo("active")), maxItems: 150)
                : _client.Users.StreamAsync(maxItems: 150);

            var first = await stream.ToListAsync();
            var once = UserRequests().Select(LimitAndOffset).ToArray();
            var second = await stream.ToListAsync();

            Assert.That(first.Select(u => u.SourcedId).ToList(), Has.Count.EqualTo(150).And.Unique);
            Assert.That(second.Select(u => u.SourcedId), Is.EqualTo(first.Select(u => u.SourcedId)));
            Assert.That(once, Is.EqualTo(new[] { (100, 0), (50, 100) }));
            Assert.That(UserRequests().Select(LimitAndOffset), Is.EqualTo(once.Concat(once)));
        }

        [Test]
        public async Task A_caller_who_stops_after_the_first_page_costs_at_most_one_more_request()
        {
            var read = 0;
            await foreach (var _ in _client.Users.StreamAsync())
            {
                if (++read == 100)
                {
                    break;
                }
            }

            Assert.That(UserRequests(), Has.Length.LessThanOrEqualTo(2));
        }

        [Test]
        public async Task A_caller_who_stops_inside_the_second_page_costs_at_most_two_more_requests()
        {
            // Issue 17's case: 150 records of pages of 100 need 2 requests; the window has grown to 2 by then.
            var read = 0;
            await foreach (var _ in _client.Users.StreamAsync())
            {
                if (++read == 150)
                {
                    break;
                }
            }

            Assert.That(UserRequests(), Has.Length.LessThanOrEqualTo(4), string.Join(" | ", UserRequests()));
        }

        [Test]
        public async Task Nothing_is_requested_after_the_caller_stops()
        {
            var read = 0;
            var sentWhenStopped = 0;
            await foreach (var _ in _client.Users.StreamAsync())
            {
                if (++read == 350)
                {
                    sentWhenStopped = _sent.Count;
                    break;
                }
            }

            // Leaving the loop cancels what is in flight and waits for it, so the count is final here.
            Assert.That(_sent.Count, Is.EqualTo(sentWhenStopped), "no request started after the caller stopped");
            Assert.That(sentWhenStopped, Is.LessThan(10), "the stream did not read the whole collection ahead");
        }

        [Test]
        public async Task The_window_grows_to_MaxConcurrency_on_a_long_stream()
        {
            var options = new PagingOptions { PageSize = 10, MaxConcurrency = 4 };
            var collection = new FakeCollection(200) { SendsTotal = true };
            var inFlightMax = 0;
            var read = 0;
            await foreach (var _ in Paginator.StreamAsync(collection.Fetch, r => r.Id, options))
            {
                inFlightMax = Math.Max(inFlightMax, collection.Calls.Count - (++read + 9) / 10);
            }

            Assert.That(read, Is.EqualTo(200));
            Assert.That(inFlightMax, Is.InRange(2, 4), "requests ahead of the page being read");
        }

        private sealed class CountingHandler : System.Net.Http.DelegatingHandler
        {
            private int _count;

            public int Count => System.Threading.Volatile.Read(ref _count);

            protected override Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
            {
                System.Threading.Interlocked.Increment(ref _count);
                return base.SendAsync(request, cancellationToken);
            }
        }

        private static (int Limit, int Offset) LimitAndOffset(string pathAndQuery)
        {
            var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + pathAndQuery).Query);
            return (int.Parse(query["limit"]!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(query["offset"]!, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
