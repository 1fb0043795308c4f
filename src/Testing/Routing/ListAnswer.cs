using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Testing.Data;
using OneRoster.Testing.Protocol;

namespace OneRoster.Testing.Routing
{
    /// <summary>
    /// Answers list and single reads: quirks, filter, search, sort, paging, field selection, the envelope, and the
    /// paging facts (<c>X-Total-Count</c>, <c>Link</c>, body <c>totalCount</c>) the options ask for.
    /// </summary>
    internal static class ListAnswer
    {
        /// <summary>A page of <paramref name="candidates"/> (records of <paramref name="collection"/>, in order).</summary>
        public static FakeResponse Of(ApiRequest request, RecordCollection collection, IEnumerable<RecordRef> candidates)
        {
            var query = ListQuery.Parse(request.Query);
            var options = request.Options;
            if (options.TimebackFilterLimits && query.Filter is { } limited && (limited.PredicateCount > 2 || limited.MixesAndWithOr))
            {
                throw ProtocolError.BadRequest(StatusInfo.InvalidFilterField,
                    "This provider accepts at most two filter predicates, joined by one AND or one OR.");
            }
            var limit = Math.Min(query.Limit ?? options.DefaultPageSize, options.LimitCap ?? int.MaxValue);
            var offset = options.IgnoreOffset ? 0 : query.Offset;

            List<JObject> page;
            int total;
            if (query.NeedsRecords)
            {
                var records = candidates.Select(r => Render(request, collection, r));
                if (query.Filter is { } filter)
                {
                    records = records.Where(r => filter.Matches(r));
                }
                if (query.Search is { } search)
                {
                    records = records.Where(r => RecordSearch.Matches(r, search));
                }
                var all = query.Sort is { } sort ? RecordOrdering.Sort(records, sort, query.Descending) : records.ToList();
                total = all.Count;
                page = all.Skip(offset).Take(limit).ToList();
            }
            else
            {
                // Without filter, search or sort only the page is built: paging a million seeded users stays cheap.
                total = candidates.Count();
                page = candidates.Skip(offset).Take(limit).Select(r => Render(request, collection, r)).ToList();
            }

            var body = new JObject
            {
                [collection.Name] = new JArray(page.Select(r => query.Fields?.Apply(r) ?? r)),
            };
            var showTotal = !options.NoTotalCount && !options.LinkOnlyPaging;
            if (showTotal && options.BodyTotalCount)
            {
                body["totalCount"] = total;
                body["pageCount"] = (total + limit - 1) / limit;
                body["pageNumber"] = offset / limit + 1;
                body["offset"] = offset;
                body["limit"] = limit;
            }
            var response = FakeResponse.JsonBody(200, body);
            if (showTotal)
            {
                response.WithHeader("X-Total-Count", total.ToString(CultureInfo.InvariantCulture));
            }
            if (!options.NoLinkHeader && Links(request, query.Offset, limit, total, options.LinkOnlyPaging) is { Length: > 0 } links)
            {
                response.WithHeader("Link", links);
            }
            return response;
        }

        /// <summary>One record in its envelope (<c>{"user": {...}}</c>), with quirks and field selection.</summary>
        public static FakeResponse Single(ApiRequest request, RecordCollection collection, RecordRef record)
        {
            var fields = ListQuery.FieldsOf(request.Query);
            var rendered = Render(request, collection, record);
            return FakeResponse.JsonBody(200, new JObject { [collection.Kind.Singular] = fields?.Apply(rendered) ?? rendered });
        }

        /// <summary>The record as the client sees it: built or copied, with the quirks applied.</summary>
        public static JObject Render(ApiRequest request, RecordCollection collection, RecordRef record)
        {
            var rendered = collection.Materialize(record, request.HrefRoot);
            request.Quirks.Apply(collection.Name, rendered);
            return rendered;
        }

        private static string Links(ApiRequest request, int offset, int limit, int total, bool nextOnly)
        {
            var links = new List<string>();
            void Add(int at, string rel) => links.Add($"<{request.PageUrl(limit, at)}>; rel=\"{rel}\"");
            var hasNext = offset + limit < total;
            if (nextOnly)
            {
                if (hasNext)
                {
                    Add(offset + limit, "next");
                }
                return string.Join(", ", links);
            }
            Add(0, "first");
            if (offset > 0)
            {
                Add(Math.Max(0, offset - limit), "prev");
            }
            if (hasNext)
            {
                Add(offset + limit, "next");
            }
            Add(total == 0 ? 0 : (total - 1) / limit * limit, "last");
            return string.Join(", ", links);
        }
    }
}
