using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;
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
            if (!options.InListFilterOperator && query.Filter is { UsesInList: true })
            {
                throw ProtocolError.BadRequest(StatusInfo.InvalidFilterField, "This provider has no in-list filter operator '@'.");
            }
            if (options.RejectNestedFilterFields && query.Filter is { HasNestedField: true })
            {
                throw ProtocolError.BadRequest(StatusInfo.InvalidFilterField, "This provider does not filter on nested fields.");
            }
            var limit = Math.Min(query.Limit ?? options.DefaultPageSize, options.LimitCap ?? int.MaxValue);
            var offset = options.IgnoreOffset ? 0 : query.Offset;

            List<JObject> page;
            int total;
            if (query.NeedsRecords)
            {
                // Only references and sort keys are kept: the page is built again at the end.
                var matches = new List<(RecordRef Ref, RecordOrdering Key)>();
                foreach (var candidate in candidates)
                {
                    var record = Render(request, collection, candidate);
                    if ((query.Filter is null || query.Filter.Matches(record)) && (query.Search is null || RecordSearch.Matches(record, query.Search)))
                    {
                        matches.Add((candidate, query.Sort is null ? default : RecordOrdering.KeyOf(record, query.Sort)));
                    }
                }
                var ordered = query.Sort is null ? matches.Select(m => m.Ref).ToList() : RecordOrdering.Sort(matches, query.Descending);
                total = ordered.Count;
                page = ordered.Skip(offset).Take(limit).Select(r => Render(request, collection, r)).ToList();
            }
            else if (candidates is IReadOnlyList<RecordRef> list)
            {
                // A whole collection: count and page by position, so a page deep in a million users costs a page.
                total = list.Count;
                page = new List<JObject>();
                for (var i = offset; i < Math.Min(total, (long)offset + limit); i++)
                {
                    page.Add(Render(request, collection, list[i]));
                }
            }
            else
            {
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
                body[options.BodyTotalName] = total;
                body["pageCount"] = (total + limit - 1) / limit;
                body["pageNumber"] = offset / limit + 1;
                body["offset"] = offset;
                body["limit"] = limit;
            }
            var response = FakeResponse.JsonBody(200, body);
            if (showTotal && !options.NoTotalHeader)
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
            if (request.Options.PayloadVersion == OneRosterVersion.V1p1)
            {
                OneRoster11Records.Apply(collection.Name, rendered);
            }
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
