using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using OneRoster.Errors;
using OneRoster.Operations;
using OneRoster.Paging;
using OneRoster.Paging.Records;
using OneRoster.Serialization;

namespace OneRoster.Query
{
    /// <summary>Lists and streams the records of one list endpoint with bound parent ids (what a collection of the facade holds).</summary>
    /// <typeparam name="T">The record type.</typeparam>
    internal interface IRecordQueries<T>
    {
        Task<Page<T>> ListAsync(OneRosterQuery query, CancellationToken cancellationToken);

        IAsyncEnumerable<T> StreamAsync(OneRosterQuery query, long? maxItems, CancellationToken cancellationToken);
    }

    /// <summary>
    /// Runs list queries for one list operation with bound parent ids: turns a <see cref="OneRosterQuery"/> into
    /// requests the provider can evaluate (via the <see cref="QueryPlanner"/>), pages through them, and applies what
    /// the provider could not.
    /// </summary>
    /// <typeparam name="TEnvelope">The list envelope of the operation, e.g. <c>UserSet</c>.</typeparam>
    /// <typeparam name="T">The record type, e.g. <c>User</c>.</typeparam>
    internal sealed class QueryRunner<TEnvelope, T> : IRecordQueries<T>
    {
        private readonly QueryContext _context;
        private readonly ListOperation<TEnvelope, T> _operation;
        private readonly string[] _parentIds;

        public QueryRunner(QueryContext context, ListOperation<TEnvelope, T> operation, string[] parentIds)
        {
            _context = context;
            _operation = operation;
            _parentIds = parentIds;
        }

        private Func<T, string?> Key => _operation.Envelope.Key;

        public async Task<Page<T>> ListAsync(OneRosterQuery query, CancellationToken cancellationToken)
        {
            var level = _context.Pushdown.Level;
            while (true)
            {
                var plan = Plan(query, level);
                try
                {
                    return await ListAsync(query, plan, cancellationToken).ConfigureAwait(false);
                }
                catch (OneRosterValidationException rejected) when (_context.Pushdown.Reduce(query.Filter, level, plan, rejected.Status ?? 400) is { } reduced)
                {
                    level = reduced;
                }
            }
        }

        private async Task<Page<T>> ListAsync(OneRosterQuery query, QueryPlan plan, CancellationToken cancellationToken)
        {
            // One page is one request: a plan that needs several requests is evaluated client-side
            // over the unfiltered page instead, so offset and limit keep their meaning.
            var single = plan.ServerFilters.Count <= 1;
            var serverFilter = single ? plan.ServerFilters.FirstOrDefault() : null;
            var residual = single ? plan.Residual : query.Filter;
            var fields = single ? plan.FieldsTextFor(query) : FieldsWithSourcedId(query, residual);
            var request = new PageRequest(query.OffsetValue ?? 0, query.LimitValue ?? _context.PageSize);
            var response = await FetchAsync(Arguments(query, serverFilter, fields), request, recordByRecord: false, cancellationToken).ConfigureAwait(false);
            return Paginator.ToPage(request, response, residual is null ? null : record => Matches(residual, record));
        }

        public IAsyncEnumerable<T> StreamAsync(OneRosterQuery query, long? maxItems, CancellationToken cancellationToken)
        {
            if (query.Filter is null && maxItems is not < 0)
            {
                // Unfiltered (a full pull: the commonest stream and the longest): no 400 can call for another plan and
                // nothing is evaluated here, so the paginator's stream is handed out as it is. Each layer of async
                // iterator costs every record; a fresh process runs them unoptimised for its first seconds.
                var plan = Plan(query, _context.Pushdown.Level);
                if (plan.ServerFilters.Count <= 1 && plan.Residual is null)
                {
                    return Paginate(query, plan.ServerFilters.FirstOrDefault(), plan.FieldsTextFor(query), maxItems, cancellationToken);
                }
            }
            return StreamAdaptivelyAsync(query, maxItems, cancellationToken);
        }

        private async IAsyncEnumerable<T> StreamAdaptivelyAsync(OneRosterQuery query, long? maxItems, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (maxItems is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(maxItems), maxItems, "maxItems must be zero or more.");
            }
            if (maxItems == 0)
            {
                yield break;
            }

            // A 400 to a pushed-down filter, before any record was yielded, re-plans the query more conservatively
            // (AdaptivePushdown); later queries of the client start from what was learned.
            var level = _context.Pushdown.Level;
            while (true)
            {
                var plan = Plan(query, level);
                var records = StreamAsync(query, plan, maxItems, cancellationToken).GetAsyncEnumerator(cancellationToken);
                var yieldedAny = false;
                PushdownLevel? reduced = null;
                try
                {
                    while (true)
                    {
                        try
                        {
                            if (!await records.MoveNextAsync().ConfigureAwait(false))
                            {
                                yield break;
                            }
                        }
                        catch (OneRosterValidationException rejected) when (!yieldedAny && _context.Pushdown.Reduce(query.Filter, level, plan, rejected.Status ?? 400) is { } next)
                        {
                            reduced = next;
                            break;
                        }

                        yieldedAny = true;
                        yield return records.Current;
                    }
                }
                finally
                {
                    await records.DisposeAsync().ConfigureAwait(false);
                }

                level = reduced!.Value;
            }
        }

        private async IAsyncEnumerable<T> StreamAsync(OneRosterQuery query, QueryPlan plan, long? maxItems, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
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
            foreach (var serverFilter in plan.ServerFilters.DefaultIfEmpty(null))
            {
                // Every record the provider sends is yielded when it evaluates the whole filter in one request stream:
                // then maxItems caps the limit and the pages asked for too. Otherwise records are dropped here, and the
                // count is kept below.
                var pageCap = plan.Residual is null && plan.ServerFilters.Count <= 1 ? maxItems : null;
                await foreach (var record in Paginate(query, serverFilter, fields, pageCap, cancellationToken).ConfigureAwait(false))
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

        /// <summary>The records of one request stream (one server filter), every one the provider sends.</summary>
        private IAsyncEnumerable<T> Paginate(OneRosterQuery query, string? serverFilter, string? fields, long? maxItems, CancellationToken cancellationToken)
        {
            var arguments = Arguments(query, serverFilter, fields);
            var options = new PagingOptions
            {
                PageSize = query.LimitValue ?? _context.PageSize,
                MaxConcurrency = _context.MaxConcurrency,
                StartOffset = query.OffsetValue ?? 0,
                MaxItems = maxItems,
            };
            return Paginator.StreamAsync<T>((request, ct) => FetchAsync(arguments, request, recordByRecord: true, ct), Key, options, cancellationToken);
        }

        private QueryPlan Plan(OneRosterQuery query, PushdownLevel level)
        {
            _context.FilterFields.Check(typeof(T), query.Filter);
            var plan = _context.Pushdown.Plan(query.Filter, level);

            // A provider known to evaluate some filters wrongly: what it sends back is checked against the whole filter.
            return _context.Provider.VerifyPushedFilters && query.Filter is not null && plan.Residual != query.Filter
                ? new QueryPlan(plan.ServerFilters, query.Filter)
                : plan;
        }

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

        // recordByRecord is true for streams: the body stays unparsed in memory and the stream reads its records one at
        // a time (ListEnvelopeReader). Single pages are deserialized whole.
        private async Task<PageResponse<T>> FetchAsync(QueryArguments arguments, PageRequest request, bool recordByRecord, CancellationToken cancellationToken)
        {
            var message = _operation.CreateRequest(_context.RootOf(_operation), _parentIds, arguments with { Limit = request.Limit, Offset = request.Offset });
            var answer = await _context.Transport.SendAsync(message, null, cancellationToken).ConfigureAwait(false);
            return ListAnswers.Read(answer, _operation, recordByRecord, _context.Provider.TotalFields, OneRoster11Payloads.ReadingFor<T>(_context.Provider));
        }

        private static bool Matches(Filter filter, T record) => filter.EvaluateRecord(record!);
    }
}
