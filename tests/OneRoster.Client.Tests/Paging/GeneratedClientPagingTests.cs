using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using NUnit.Framework;
using Newtonsoft.Json;
using OneRoster.Errors;
using OneRoster.Http;
using OneRoster.Paging;
using OneRoster.Rostering;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OneRoster.Tests.Paging
{
    /// <summary>
    /// The stop rules over real HTTP with a fetcher of the user's own, as docs/pagination.md shows for sources the
    /// client does not serve: a plain <see cref="HttpClient"/> call, the headers for the total and the <c>Link</c>, the
    /// envelope for the records and the body total.
    /// </summary>
    [NonParallelizable]
    public class GeneratedClientPagingTests
    {
        private const string UsersPath = "/ims/oneroster/rostering/v1p2/users";
        private const int Users = 5;

        private WireMockServer _server = null!;
        private HttpClient _http = null!;

        [SetUp]
        public void SetUp()
        {
            _server = WireMockServer.Start();
            _http = new HttpClient { BaseAddress = new Uri(_server.Url! + "/") };
        }

        [TearDown]
        public void TearDown()
        {
            _http.Dispose();
            _server.Stop();
            _server.Dispose();
        }

        [TestCase(Signal.HeaderTotal, new[] { 0, 2, 4 })]
        [TestCase(Signal.BodyTotal, new[] { 0, 2, 4 })]
        [TestCase(Signal.Link, new[] { 0, 2, 4 })]
        [TestCase(Signal.None, new[] { 0, 2, 4, 5 })]
        public async Task Every_user_once_and_no_needless_request(Signal signal, int[] expectedOffsets)
        {
            ServeEveryOffset(signal);

            var ids = await ReadUserIds(pageSize: 2);

            Assert.That(ids, Is.EqualTo(Enumerable.Range(0, Users).Select(i => $"u{i}")));
            Assert.That(RequestedOffsets(), Is.EquivalentTo(expectedOffsets));
        }

        [Test]
        public async Task A_capped_limit_over_http_is_followed_to_the_end()
        {
            // The provider serves two users whatever limit is asked.
            ServeEveryOffset(Signal.HeaderTotal);

            var ids = await ReadUserIds(pageSize: 1000);

            Assert.That(ids, Is.EqualTo(Enumerable.Range(0, Users).Select(i => $"u{i}")));
            Assert.That(RequestedOffsets(), Is.EquivalentTo(new[] { 0, 2, 4 }));
        }

        [Test]
        public void An_ignored_offset_over_http_is_a_protocol_error()
        {
            _server.Given(Request.Create().WithPath(UsersPath).UsingGet()).RespondWith(PageResponse(0, Signal.BodyTotal));

            var error = Assert.ThrowsAsync<OneRosterProtocolException>(() => ReadUserIds(pageSize: 2));

            Assert.That(error!.Message, Does.Contain("offset 2 (limit 2)").And.Contain("'u0', 'u1'"));
        }

        [Test]
        public void A_failing_page_surfaces_after_the_pages_before_it()
        {
            ServePage(0, Signal.HeaderTotal);
            ServePage(2, Signal.HeaderTotal);
            _server.Given(Request.Create().WithPath(UsersPath).UsingGet().WithParam("offset", "4"))
                .RespondWith(Response.Create().WithStatusCode(500).WithBody("boom"));
            var ids = new List<string?>();

            Assert.ThrowsAsync<HttpRequestException>(async () =>
            {
                await foreach (var user in Paginator.StreamAsync(Fetcher(), u => u.SourcedId, new PagingOptions { PageSize = 2 }))
                {
                    ids.Add(user.SourcedId);
                }
            });

            Assert.That(ids, Is.EqualTo(new[] { "u0", "u1", "u2", "u3" }));
        }

        public enum Signal
        {
            HeaderTotal,
            BodyTotal,
            Link,
            None,
        }

        private PageFetcher<User> Fetcher()
        {
            return async (request, cancellationToken) =>
            {
                using var response = await _http.GetAsync($"ims/oneroster/rostering/v1p2/users?limit={request.Limit}&offset={request.Offset}", cancellationToken);
                response.EnsureSuccessStatusCode();
                var set = JsonConvert.DeserializeObject<UserSet>(await response.Content.ReadAsStringAsync(cancellationToken))!;
                var links = response.Headers.TryGetValues("Link", out var values) ? values.ToList() : new List<string>();
                return new PageResponse<User>(set.Users ?? new List<User>())
                {
                    TotalCount = response.Headers.TryGetValues("X-Total-Count", out var total) ? long.Parse(total.First(), CultureInfo.InvariantCulture) : set.TotalCount,
                    NextLink = LinkHeader.FindNext(links, response.RequestMessage!.RequestUri),
                    HasLinkHeader = links.Count > 0,
                };
            };
        }

        private async Task<List<string?>> ReadUserIds(int pageSize) =>
            (await Paginator.StreamAsync(Fetcher(), u => u.SourcedId, new PagingOptions { PageSize = pageSize, MaxConcurrency = 4 }).ToListAsync())
                .Select(u => u.SourcedId).ToList();

        private void ServeEveryOffset(Signal signal)
        {
            for (var offset = 0; offset <= Users; offset++)
            {
                ServePage(offset, signal);
            }
        }

        private void ServePage(int offset, Signal signal) =>
            _server.Given(Request.Create().WithPath(UsersPath).UsingGet().WithParam("offset", offset.ToString(CultureInfo.InvariantCulture)))
                .RespondWith(PageResponse(offset, signal));

        private IResponseBuilder PageResponse(int offset, Signal signal)
        {
            var count = Math.Max(0, Math.Min(2, Users - offset));
            var body = new Dictionary<string, object>
            {
                ["users"] = Enumerable.Range(offset, count).Select(i => new { sourcedId = $"u{i}", givenName = "Given", familyName = "Family" }),
            };
            if (signal == Signal.BodyTotal)
            {
                body["totalCount"] = Users;
            }
            var response = Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(JsonConvert.SerializeObject(body));
            if (signal == Signal.HeaderTotal)
            {
                response = response.WithHeader("X-Total-Count", Users.ToString(CultureInfo.InvariantCulture));
            }
            if (signal == Signal.Link)
            {
                var first = $"<{_server.Url}{UsersPath}?offset=0&limit=2>; rel=\"first\"";
                var next = offset + count < Users ? $", <{_server.Url}{UsersPath}?offset={offset + count}&limit=2>; rel=\"next\"" : string.Empty;
                response = response.WithHeader("Link", first + next);
            }
            return response;
        }

        private int[] RequestedOffsets() =>
            _server.LogEntries.Select(e => int.Parse(e.RequestMessage.Query!["offset"][0], CultureInfo.InvariantCulture)).ToArray();
    }
}
