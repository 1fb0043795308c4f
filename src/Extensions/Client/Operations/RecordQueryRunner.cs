using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OneRoster.Http;
using OneRoster.Paging;
using OneRoster.Query;
using OneRoster.Serialization;

namespace OneRoster.Operations
{
    /// <summary>
    /// Runs list queries for one list operation with bound parent ids: turns a
    /// <see cref="OneRosterQuery"/> into requests the provider can evaluate (via the
    /// <see cref="QueryPlanner"/>), pages through them, and applies what the provider could not.
    /// </summary>
    internal sealed class RecordQueryRunner<T> where T : class
    {
        private static readonly Func<T, string?> Key = RecordKey.For<T>();
        private static readonly JsonSerializer Serializer = OneRosterJson.CreateSerializer();

        private readonly OneRosterClient _client;
        private readonly GeneratedOperation _operation;
        private readonly string[] _parentIds;

        public RecordQueryRunner(OneRosterClient client, string listOperation, string[] parentIds)
        {
            _client = client;
            _operation = GeneratedOperation.Get(listOperation);
            _parentIds = parentIds;
        }

        public async Task<Page<T>> ListAsync(OneRosterQuery query, CancellationToken cancellationToken)
        {
            var plan = Plan(query);
            // One page is one request: a filter that needs several requests is evaluated client-side instead.
            var (serverFilter, residual) = plan.ServerFilters.Count <= 1
                ? (plan.ServerFilters.FirstOrDefault(), plan.Residual)
                : (null, query.Filter);
            var request = new PageRequest(query.OffsetValue ?? 0, query.LimitValue ?? _client.EffectivePageSize);
            var response = await FetchAsync(Arguments(query, serverFilter), request, cancellationToken).ConfigureAwait(false);
            var items = residual is null ? response.Items : response.Items.Where(r => Matches(residual, r)).ToList();
            return Paginator.ToPage(request, response, items, residual is not null);
        }

        public async IAsyncEnumerable<T> StreamAsync(OneRosterQuery query, long? maxItems, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (maxItems is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(maxItems), maxItems, "maxItems must be zero or more.");
            }
            var plan = Plan(query);
            var merged = plan.ServerFilters.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
            var options = _client.CreatePagingOptions(query.LimitValue);
            long yielded = 0;
            if (maxItems == 0)
            {
                yield break;
            }
            foreach (var serverFilter in plan.ServerFilters.DefaultIfEmpty(null))
            {
                var arguments = Arguments(query, serverFilter);
                PageFetcher<T> fetch = (request, ct) => FetchAsync(arguments, request, ct);
                var start = query.OffsetValue ?? 0;
                PageFetcher<T> fetchFromStart = start == 0 ? fetch : (request, ct) => fetch(request with { Offset = request.Offset + start }, ct);
                await foreach (var record in Paginator.StreamAsync(fetchFromStart, Key, options, cancellationToken).ConfigureAwait(false))
                {
                    if (plan.Residual is not null && !Matches(plan.Residual, record))
                    {
                        continue;
                    }
                    if (merged is not null && Key(record) is { } key && !merged.Add(key))
                    {
                        continue; // already yielded by an earlier request of the same plan
                    }
                    yield return record;
                    if (++yielded == maxItems)
                    {
                        yield break;
                    }
                }
            }
        }

        private QueryPlan Plan(OneRosterQuery query) => QueryPlanner.Plan(query.Filter, _client.Provider.FilterCapabilities);

        private QueryArguments Arguments(OneRosterQuery query, string? filter) => new(
            Sort: query.SortField,
            OrderBy: query.SortField is null ? null : query.SortDirection?.Value,
            Filter: filter,
            Fields: query.FieldNames.Count == 0 ? null : string.Join(",", query.FieldNames),
            Search: _operation.TakesSearch ? query.SearchText : null);

        private async Task<PageResponse<T>> FetchAsync(QueryArguments arguments, PageRequest request, CancellationToken cancellationToken)
        {
            using var capture = ResponseCapture.Begin();
            var answer = await _client.InvokeAsync(
                (http, ct) => _operation.InvokeAsync(http, _parentIds, arguments with { Limit = request.Limit, Offset = request.Offset }, null, ct),
                null,
                cancellationToken).ConfigureAwait(false);
            var items = Envelope.Items<T>(answer);
            var bodyTotal = (answer as OneRoster.Rostering.PagedSet)?.TotalCount;
            return new PageResponse<T>(items, capture.TotalCount ?? bodyTotal, capture.NextLink, capture.HasLinkHeader);
        }

        private static bool Matches(Filter filter, T record) => filter.Matches(JToken.FromObject(record, Serializer));
    }
}
