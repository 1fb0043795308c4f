using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
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
            // One page is one request: a plan that needs several requests is evaluated client-side
            // over the unfiltered page instead, so offset and limit keep their meaning.
            var single = plan.ServerFilters.Count <= 1;
            var serverFilter = single ? plan.ServerFilters.FirstOrDefault() : null;
            var residual = single ? plan.Residual : query.Filter;
            var fields = single ? plan.FieldsTextFor(query) : FieldsWithSourcedId(query, residual);
            var request = new PageRequest(query.OffsetValue ?? 0, query.LimitValue ?? _client.EffectivePageSize);
            var response = await FetchAsync(Arguments(query, serverFilter, fields), request, recordByRecord: false, cancellationToken).ConfigureAwait(false);
            return Paginator.ToPage(request, response, residual is null ? null : record => Matches(residual, record));
        }

        public async IAsyncEnumerable<T> StreamAsync(OneRosterQuery query, long? maxItems, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (maxItems is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(maxItems), maxItems, "maxItems must be zero or more.");
            }
            var plan = Plan(query);
            if (plan.ServerFilters.Count > 1 && query.OffsetValue is > 0)
            {
                throw new ArgumentException(
                    "An offset cannot be combined with a filter this provider needs several requests for: the merged stream has no single order to skip in.", nameof(query));
            }
            // Records already yielded by an earlier request of the same plan; only plans of several
            // requests (In()/OR the provider cannot run) need it, and their results are small.
            var merged = plan.ServerFilters.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
            var fields = plan.FieldsTextFor(query);
            long yielded = 0;
            if (maxItems == 0)
            {
                yield break;
            }
            foreach (var serverFilter in plan.ServerFilters.DefaultIfEmpty(null))
            {
                var arguments = Arguments(query, serverFilter, fields);
                var options = _client.CreatePagingOptions(query.LimitValue);
                options.StartOffset = query.OffsetValue ?? 0;
                await foreach (var record in Paginator.StreamAsync<T>((request, ct) => FetchAsync(arguments, request, recordByRecord: true, ct), Key, options, cancellationToken).ConfigureAwait(false))
                {
                    if (plan.Residual is not null && !Matches(plan.Residual, record))
                    {
                        continue;
                    }
                    if (merged is not null && Key(record) is { } key && !merged.Add(key))
                    {
                        continue;
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

        private QueryArguments Arguments(OneRosterQuery query, string? filter, string? fields) => new(
            Sort: query.SortField,
            OrderBy: query.SortField is null ? null : query.SortDirection?.Value,
            Filter: filter,
            Fields: fields,
            Search: _operation.TakesSearch ? query.SearchText : null);

        /// <summary>A field selection that still carries what client-side evaluation reads.</summary>
        private static string? FieldsWithSourcedId(OneRosterQuery query, Filter? residual) =>
            query.FieldNames.Count == 0 || residual is null
                ? query.FieldsText
                : new QueryPlan(new string?[] { null }, residual).FieldsTextFor(query);

        // recordByRecord is true for streams: a body held in memory is left unparsed, and the stream reads its
        // records one at a time (ListEnvelopeReader). Single pages are deserialized whole.
        private async Task<PageResponse<T>> FetchAsync(QueryArguments arguments, PageRequest request, bool recordByRecord, CancellationToken cancellationToken)
        {
            using var capture = recordByRecord ? ResponseCapture.BeginTakingBody() : ResponseCapture.Begin();
            OneRosterCallScope? call = null;
            var answer = await _client.InvokeAsync(
                (http, ct) =>
                {
                    call = OneRosterCallScope.Current;
                    return _operation.InvokeAsync(http, _parentIds, arguments with { Limit = request.Limit, Offset = request.Offset }, null, ct);
                },
                null,
                cancellationToken).ConfigureAwait(false);
            if (capture.ClaimBody() is { } body)
            {
                return new PageResponse<T>(Array.Empty<T>())
                {
                    TotalCount = capture.TotalCount,
                    NextLink = capture.NextLink,
                    HasLinkHeader = capture.HasLinkHeader,
                    Records = new ListEnvelopeReader<T>(body, _operation.ResultType!, ex => _client.BodyReadFailure(ex, call!)),
                };
            }
            var items = Envelope.Items<T>(answer);
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is null)
                {
                    throw _client.BodyReadFailure(ListEnvelopeReader<T>.NullRecord($"item {i} of the list"), call!);
                }
            }
            var bodyTotal = (answer as OneRoster.Rostering.PagedSet)?.TotalCount;
            return new PageResponse<T>(items)
            {
                TotalCount = capture.TotalCount ?? bodyTotal,
                NextLink = capture.NextLink,
                HasLinkHeader = capture.HasLinkHeader,
                // The list was deserialized for this page alone.
                ReleaseItemsWhenRead = true,
            };
        }

        private static bool Matches(Filter filter, T record) => filter.Matches(JToken.FromObject(record, OneRosterJson.Shared));
    }
}
