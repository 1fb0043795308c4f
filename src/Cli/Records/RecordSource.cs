using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;
using OneRoster.Query;

namespace OneRoster.Cli.Records
{
    /// <summary>
    /// One of the facade's lists, seen without its record type: the commands print records as JSON, so they need
    /// nothing typed beyond what the facade already did (paging, filters, errors).
    /// </summary>
    internal abstract class RecordSource
    {
        /// <summary>Records as JSON the way the client writes them back (nulls left out, unknown fields kept).</summary>
        public static readonly JsonSerializer Json = JsonSerializer.Create(new JsonSerializerSettings
        {
            NullValueHandling = NullValueHandling.Ignore,
            DateParseHandling = DateParseHandling.None,
        });

        /// <summary>The generated record type's name (<c>User</c>, <c>Class</c>, ...), for default table columns.</summary>
        public abstract string RecordType { get; }

        public abstract IAsyncEnumerable<JObject> StreamAsync(Func<OneRosterQuery, OneRosterQuery> query, long? maxItems, CancellationToken cancellationToken);

        /// <summary>The first page's total, when the provider tells it (for progress bars); null otherwise.</summary>
        public abstract Task<long?> CountAsync(CancellationToken cancellationToken);

        public static RecordSource Of<T>(RecordList<T> list) where T : class => new ListSource<T>(list);

        public static ReadableSource Of<T>(RecordCollection<T> collection) where T : class => new CollectionSource<T>(collection);

        public static JObject ToJson(object record) => JObject.FromObject(record, Json);

        private sealed class ListSource<T> : RecordSource where T : class
        {
            private readonly RecordList<T> _list;

            public ListSource(RecordList<T> list) => _list = list;

            public override string RecordType => typeof(T).Name;

            public override async IAsyncEnumerable<JObject> StreamAsync(Func<OneRosterQuery, OneRosterQuery> query, long? maxItems, [EnumeratorCancellation] CancellationToken cancellationToken)
            {
                await foreach (var record in _list.StreamAsync(query, maxItems, cancellationToken).ConfigureAwait(false))
                {
                    yield return ToJson(record);
                }
            }

            public override async Task<long?> CountAsync(CancellationToken cancellationToken)
            {
                var page = await _list.ListAsync(q => q.Limit(1), cancellationToken).ConfigureAwait(false);
                return page.TotalCount;
            }
        }

        private sealed class CollectionSource<T> : ReadableSource where T : class
        {
            private readonly RecordCollection<T> _collection;
            private readonly ListSource<T> _list;

            public CollectionSource(RecordCollection<T> collection)
            {
                _collection = collection;
                _list = new ListSource<T>(collection);
            }

            public override string RecordType => typeof(T).Name;

            public override IAsyncEnumerable<JObject> StreamAsync(Func<OneRosterQuery, OneRosterQuery> query, long? maxItems, CancellationToken cancellationToken) =>
                _list.StreamAsync(query, maxItems, cancellationToken);

            public override Task<long?> CountAsync(CancellationToken cancellationToken) => _list.CountAsync(cancellationToken);

            public override async Task<JObject> GetAsync(string sourcedId, CancellationToken cancellationToken) =>
                ToJson(await _collection.GetAsync(sourcedId, cancellationToken).ConfigureAwait(false));

            public override Task<bool> ExistsAsync(string sourcedId, CancellationToken cancellationToken) =>
                _collection.ExistsAsync(sourcedId, cancellationToken);
        }
    }

    /// <summary>A <see cref="RecordSource"/> whose records can also be read by sourcedId (the top-level collections).</summary>
    internal abstract class ReadableSource : RecordSource
    {
        public abstract Task<JObject> GetAsync(string sourcedId, CancellationToken cancellationToken);

        public abstract Task<bool> ExistsAsync(string sourcedId, CancellationToken cancellationToken);
    }
}
