using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using OneRoster.Tests.Client;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace OneRoster.Tests.Reliability
{
    /// <summary>
    /// A user list served by WireMock with limit/offset paging and the provider quirks the paging scenarios
    /// need: a silent limit cap, ignored offsets, an optional X-Total-Count, a hook that changes the
    /// collection between calls and one that answers a call with a fault instead.
    /// </summary>
    internal sealed class UserCollection
    {
        private readonly List<string> _ids;
        private readonly object _gate = new();
        private int _calls;

        public UserCollection(int count, string prefix = "u")
        {
            _ids = Enumerable.Range(1, count).Select(i => $"{prefix}{i:D3}").ToList();
        }

        public int? Cap { get; init; }

        public bool IgnoreOffset { get; init; }

        public bool SendTotal { get; init; }

        /// <summary>Sends a <c>Link</c> header: <c>rel="next"</c> while records follow, only <c>rel="first"</c> on the last page.</summary>
        public bool SendLink { get; init; }

        /// <summary>Puts <c>"totalCount"</c> into the body, after the records (as Timeback does), instead of a header.</summary>
        public bool BodyTotal { get; init; }

        /// <summary>Runs before call n (1-based) is answered, with the live list to change.</summary>
        public Action<int, List<string>>? BeforeAnswer { get; init; }

        public int Calls => Volatile.Read(ref _calls);

        public IReadOnlyList<string> Ids
        {
            get
            {
                lock (_gate)
                {
                    return _ids.ToList();
                }
            }
        }

        public static string Json(IEnumerable<string> ids) =>
            "{\"users\":[" + string.Join(",", ids.Select(id => $"{{\"sourcedId\":\"{id}\",\"status\":\"active\",\"givenName\":\"G\"}}")) + "]}";

        /// <summary>Serves the list on <paramref name="path"/> at a low priority, so a scenario's fault mapping wins.</summary>
        public UserCollection Install(FakeProvider provider, string path = FakeProvider.UsersPath)
        {
            provider.Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(100)
                .RespondWith(Response.Create().WithCallback(Answer));
            return this;
        }

        private IResponseMessage Answer(IRequestMessage request)
        {
            var call = Interlocked.Increment(ref _calls);
            var limit = Parameter(request, "limit") ?? 100;
            var offset = IgnoreOffset ? 0 : Parameter(request, "offset") ?? 0;
            if (Cap is { } cap)
            {
                limit = Math.Min(limit, cap);
            }
            List<string> page;
            int total;
            lock (_gate)
            {
                BeforeAnswer?.Invoke(call, _ids);
                page = _ids.Skip(offset).Take(limit).ToList();
                total = _ids.Count;
            }
            var headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") };
            if (SendLink)
            {
                var self = request.AbsoluteUrl.Split('?')[0];
                headers["Link"] = new(offset + page.Count < total
                    ? $"<{self}?offset={offset + page.Count}&limit={limit}>; rel=\"next\""
                    : $"<{self}?offset=0&limit={limit}>; rel=\"first\"");
            }
            if (SendTotal)
            {
                headers["X-Total-Count"] = new(total.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            return new ResponseMessage
            {
                StatusCode = 200,
                Headers = headers,
                BodyData = new BodyData
                {
                    BodyAsString = BodyTotal ? Json(page).TrimEnd('}') + $",\"totalCount\":{total}}}" : Json(page),
                    DetectedBodyType = BodyType.String,
                },
            };
        }

        private static int? Parameter(IRequestMessage request, string name) =>
            request.Query is { } query && query.TryGetValue(name, out var values) && int.TryParse(values.FirstOrDefault(), out var value) ? value : null;
    }
}
