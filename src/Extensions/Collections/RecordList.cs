using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Paging;
using OneRoster.Query;

namespace OneRoster.Collections
{
    /// <summary>
    /// A list of OneRoster records served by one list endpoint, e.g. <c>client.Users</c> or
    /// <c>client.Schools["s-1"].Classes</c>. <see cref="ListAsync"/> reads one page, <see cref="StreamAsync"/> every
    /// record, page after page.
    /// </summary>
    /// <typeparam name="T">The generated record type (<c>User</c>, <c>Class</c>, ...).</typeparam>
    public class RecordList<T> where T : class
    {
        private readonly IRecordQueries<T>? _queries;

        /// <summary>For mocking only.</summary>
        protected RecordList()
        {
        }

        internal RecordList(IRecordQueries<T> queries) => _queries = queries;

        /// <summary>
        /// Reads one page. Without a limit the page holds up to the client's page size. When the provider cannot
        /// evaluate the whole filter, the rest is applied to this page and <see cref="Page{T}.IsFilteredClientSide"/> is
        /// set: the page may then hold fewer records than the limit.
        /// </summary>
        /// <param name="query">Filter, sort, fields, limit and offset: <c>q =&gt; q.Where(...).Limit(50)</c>.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        public virtual Task<Page<T>> ListAsync(Func<OneRosterQuery, OneRosterQuery>? query = null, CancellationToken cancellationToken = default) =>
            Queries.ListAsync(Build(query), cancellationToken);

        /// <summary>
        /// Streams every record the query selects, fetching pages ahead while you consume them; ends only when the data
        /// ends (see docs/pagination.md for the stop rules).
        /// </summary>
        /// <param name="query">Filter, sort, fields, page size (limit) and starting offset.</param>
        /// <param name="maxItems">Stop after this many records; null for all.</param>
        /// <param name="cancellationToken">Cancels the stream and its in-flight requests.</param>
        public virtual IAsyncEnumerable<T> StreamAsync(Func<OneRosterQuery, OneRosterQuery>? query = null, long? maxItems = null, CancellationToken cancellationToken = default) =>
            Queries.StreamAsync(Build(query), maxItems, cancellationToken);

        /// <summary>The first record the query selects, or null when there is none.</summary>
        public virtual async Task<T?> FirstOrDefaultAsync(Func<OneRosterQuery, OneRosterQuery>? query = null, CancellationToken cancellationToken = default)
        {
            await foreach (var record in StreamAsync(query, 1, cancellationToken).ConfigureAwait(false))
            {
                return record;
            }
            return null;
        }

        /// <summary>Every record the query selects, in one list (prefer <see cref="StreamAsync"/> for large sets).</summary>
        public virtual async Task<List<T>> ToListAsync(Func<OneRosterQuery, OneRosterQuery>? query = null, long? maxItems = null, CancellationToken cancellationToken = default)
        {
            var records = new List<T>();
            await foreach (var record in StreamAsync(query, maxItems, cancellationToken).ConfigureAwait(false))
            {
                records.Add(record);
            }
            return records;
        }

        private IRecordQueries<T> Queries => _queries ?? throw ClientCore.Unbound(this);

        private static OneRosterQuery Build(Func<OneRosterQuery, OneRosterQuery>? query) =>
            query is null ? OneRosterQuery.Empty : query(OneRosterQuery.Empty) ?? throw new ArgumentException("The query builder returned null.", nameof(query));
    }
}
