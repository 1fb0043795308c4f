using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Collections;
using OneRoster.Query;

namespace OneRoster.Sync.Sources
{
    /// <summary>How one collection is read from the client and turned into <see cref="RosterRecord"/>s.</summary>
    internal abstract class RecordSource
    {
        protected RecordSource(IReadOnlyList<RosterReferenceColumn> columns) => Columns = columns;

        public IReadOnlyList<RosterReferenceColumn> Columns { get; }

        public abstract IAsyncEnumerable<RosterRecord> StreamAsync(OneRosterClient client, Filter? filter, CancellationToken cancellationToken);
    }

    /// <summary>A collection of DTOs of type <typeparamref name="T"/>; the accessors say where its key fields are.</summary>
    internal sealed class RecordSource<T> : RecordSource where T : class
    {
        private readonly Func<OneRosterClient, RecordList<T>> _list;
        private readonly Func<T, (string? Id, string? Status, DateTimeOffset? Modified)> _keys;
        private readonly Func<T, RosterReferences> _references;

        public RecordSource(
            Func<OneRosterClient, RecordList<T>> list,
            Func<T, (string? Id, string? Status, DateTimeOffset? Modified)> keys,
            Func<T, RosterReferences> references,
            params RosterReferenceColumn[] columns)
            : base(Array.AsReadOnly(columns))
        {
            _list = list;
            _keys = keys;
            _references = references;
        }

        public override async IAsyncEnumerable<RosterRecord> StreamAsync(OneRosterClient client, Filter? filter, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var stream = _list(client).StreamAsync(filter is null ? null : q => q.Where(filter), cancellationToken: cancellationToken);
            var writer = new RecordJson();
            await foreach (var record in stream.ConfigureAwait(false))
            {
                var (id, status, modified) = _keys(record);
                if (string.IsNullOrEmpty(id))
                {
                    // A record without its key cannot be mirrored; dropping it silently would hide the provider's fault.
                    throw new RosterSyncException($"The provider sent a {typeof(T).Name} without a sourcedId; it cannot be mirrored.");
                }
                var (json, hash) = writer.Write(record);
                yield return new RosterRecord(id, status, modified, _references(record), json, hash);
            }
        }
    }
}
