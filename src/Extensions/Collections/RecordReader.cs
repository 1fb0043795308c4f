using System.Threading;
using System.Threading.Tasks;
using OneRoster.Operations;

namespace OneRoster.Collections
{
    /// <summary>Reads one record of a collection by sourcedId.</summary>
    internal interface IRecordReader<T>
    {
        Task<T> GetAsync(string sourcedId, CancellationToken cancellationToken);

        /// <summary>
        /// After a read answered 404: completes when that means "no such record"; throws
        /// <see cref="Errors.OneRosterConfigurationException"/> when the collection itself is missing (a wrong base path).
        /// </summary>
        Task ConfirmAbsentAsync(CancellationToken cancellationToken);
    }

    /// <summary>Reads records through one read operation (<c>getUser</c>) under bound parent ids.</summary>
    internal sealed class RecordReader<TEnvelope, T> : IRecordReader<T>
    {
        private readonly ClientCore _core;
        private readonly ReadOperation<TEnvelope, T> _operation;
        private readonly string[] _parentIds;
        private readonly CollectionProbe? _collection;

        /// <param name="core">The client's transport.</param>
        /// <param name="operation">The read operation.</param>
        /// <param name="parentIds">Ids of the path before the record's.</param>
        /// <param name="collection">Probes the list the records belong to after a 404; null to take every 404 as "no such record".</param>
        public RecordReader(ClientCore core, ReadOperation<TEnvelope, T> operation, string[] parentIds, CollectionProbe? collection = null)
        {
            _core = core;
            _operation = operation;
            _parentIds = parentIds;
            _collection = collection;
        }

        public async Task ConfirmAbsentAsync(CancellationToken cancellationToken)
        {
            if (_collection is null)
            {
                return;
            }
            try
            {
                await _collection.EnsureExistsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Errors.OneRosterException)
            {
                // The probe could not tell (403, 5xx, no answer): the read's own 404 stands.
            }
        }

        public async Task<T> GetAsync(string sourcedId, CancellationToken cancellationToken)
        {
            var request = _operation.CreateRequest(_core.RootOf(_operation), SourcedIds.Append(_parentIds, sourcedId), fields: null);
            using var answer = await _core.SendAsync(request, sourcedId, cancellationToken).ConfigureAwait(false);
            var envelope = answer.Read<TEnvelope>(Serialization.OneRoster11Payloads.ReadingFor<T>(_core.Provider));
            return (envelope is null ? default : _operation.Envelope.Record(envelope))
                ?? throw answer.BrokenContract($"{_operation.Id} answered without a {typeof(T).Name} record for '{sourcedId}'");
        }
    }
}
