using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Tests.Client;
using OneRoster.Tests.Reliability;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OneRoster.Tests.Paging
{
    /// <summary>
    /// The stop rules through a <see cref="OneRosterClient"/> over HTTP, where a page the signals say is followed by
    /// more is read record by record and every other page is read whole: each signal a provider may send, full and
    /// short last pages, sequential and parallel, capped limits, ignored offsets, repeats and maxItems.
    /// </summary>
    public class ClientStopRuleTests
    {
        private const int PageSize = 10;

        public enum Signal
        {
            HeaderTotal,
            BodyTotal,
            Link,
            None,
        }

        // Requests: one per page; without any signal, one more for the empty page that ends the stream.
        [Test]
        public async Task Every_record_once_in_order_and_no_needless_request(
            [Values] Signal signal, [Values(25, 30)] int count, [Values(1, 4)] int concurrency)
        {
            using var provider = new FakeProvider().WithTokens();
            var users = Collection(count, signal).Install(provider);
            using var client = provider.CreateClient(o => { o.PageSize = PageSize; o.MaxConcurrency = concurrency; });

            var read = await client.Users.StreamAsync().Select(u => u.SourcedId).ToListAsync();

            Assert.That(read, Is.EqualTo(users.Ids));
            Assert.That(provider.Count(FakeProvider.UsersPath), Is.EqualTo(3 + (signal == Signal.None ? 1 : 0)));
        }

        [Test]
        public async Task A_silently_capped_limit_is_followed_to_the_end([Values] Signal signal, [Values(1, 4)] int concurrency)
        {
            using var provider = new FakeProvider().WithTokens();
            var users = Collection(35, signal, cap: 10).Install(provider);
            using var client = provider.CreateClient(o => { o.PageSize = 50; o.MaxConcurrency = concurrency; });

            var read = await client.Users.StreamAsync().Select(u => u.SourcedId).ToListAsync();

            Assert.That(read, Is.EqualTo(users.Ids));
        }

        [TestCase(Signal.HeaderTotal)]
        [TestCase(Signal.Link)]
        public void An_ignored_offset_is_a_protocol_error_after_the_first_page(Signal signal)
        {
            using var provider = new FakeProvider().WithTokens();
            var users = Collection(30, signal, ignoreOffset: true).Install(provider);
            using var client = provider.CreateClient(o => { o.PageSize = PageSize; o.MaxConcurrency = 4; });
            var read = new List<string?>();

            var error = Assert.ThrowsAsync<OneRosterProtocolException>(async () =>
            {
                await foreach (var user in client.Users.StreamAsync())
                {
                    read.Add(user.SourcedId);
                }
            });

            Assert.That(read, Is.EqualTo(users.Ids.Take(PageSize)));
            Assert.That(error!.Message, Does.Contain("offset 10 (limit 10)").And.Contain("'u001', 'u002', 'u003', …"));
        }

        [TestCase(Signal.HeaderTotal)]
        [TestCase(Signal.Link)]
        public async Task A_record_pushed_into_the_next_page_by_an_insert_is_yielded_once(Signal signal)
        {
            using var provider = new FakeProvider().WithTokens();
            // Before the second answer a record is inserted at the front: u010 comes again at the start of page 2.
            Collection(30, signal, beforeAnswer: (call, ids) =>
            {
                if (call == 2)
                {
                    ids.Insert(0, "u000");
                }
            }).Install(provider);
            using var client = provider.CreateClient(o => { o.PageSize = PageSize; o.MaxConcurrency = 1; });

            var read = await client.Users.StreamAsync().Select(u => u.SourcedId).ToListAsync();

            Assert.That(read, Is.EqualTo(new UserCollection(30).Ids), "every record of the original collection, once, in order");
        }

        [TestCase(Signal.HeaderTotal, 1)]
        [TestCase(Signal.HeaderTotal, 4)]
        [TestCase(Signal.Link, 1)]
        public async Task MaxItems_stops_in_the_middle_of_a_page(Signal signal, int concurrency)
        {
            using var provider = new FakeProvider().WithTokens();
            var users = Collection(40, signal).Install(provider);
            using var client = provider.CreateClient(o => { o.PageSize = PageSize; o.MaxConcurrency = concurrency; });

            var read = await client.Users.StreamAsync(maxItems: 15).Select(u => u.SourcedId).ToListAsync();

            Assert.That(read, Is.EqualTo(users.Ids.Take(15)));
        }

        [Test]
        public async Task With_a_Link_next_the_next_page_is_requested_before_the_first_record_of_this_one_is_handed_out()
        {
            using var provider = new FakeProvider().WithTokens();
            var arrived = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
            var users = Collection(30, Signal.Link, beforeAnswer: (call, _) => arrived[call - 1].TrySetResult()).Install(provider);
            using var client = provider.CreateClient(o => { o.PageSize = PageSize; o.MaxConcurrency = 1; });

            var read = 0;
            await foreach (var _ in client.Users.StreamAsync())
            {
                var page = read++ / PageSize;
                if (read % PageSize == 1 && page < 2)
                {
                    // Holding the first record of page n: the request for page n + 1 reaches the provider. (Were it sent only
                    // once this page is read, it would never arrive while we wait here.)
                    Assert.That(await Task.WhenAny(arrived[page + 1].Task, Task.Delay(TimeSpan.FromSeconds(30))), Is.SameAs(arrived[page + 1].Task),
                        $"page {page + 2} was requested while page {page + 1} was read");
                }
            }

            Assert.That(read, Is.EqualTo(30));
            Assert.That(users.Calls, Is.EqualTo(3), "no request after the page without rel=next");
        }

        private static UserCollection Collection(
            int count, Signal signal, int? cap = null, bool ignoreOffset = false, Action<int, List<string>>? beforeAnswer = null) => new(count)
        {
            SendTotal = signal == Signal.HeaderTotal,
            BodyTotal = signal == Signal.BodyTotal,
            SendLink = signal == Signal.Link,
            Cap = cap,
            IgnoreOffset = ignoreOffset,
            BeforeAnswer = beforeAnswer,
        };
    }
}
