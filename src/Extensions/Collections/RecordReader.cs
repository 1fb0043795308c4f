using System.Threading;
using System.Threading.Tasks;
using OneRoster.Operations;

namespace OneRoster.Collections
{
    /// <summary>Reads one record of a collection by sourcedId.</summary>
    internal interface IRecordReader<T>
    {
        Task<T> GetAsync(string sourcedId, CancellationToken cancellationToken);
    }

    /// <summary>Reads records through one read operation (<c>getUser</c>) under bound parent ids.</summary>
    internal sealed class RecordReader<TEnvelope, T> : IRecordReader<T>
    {
        private readonly ClientCore _core;
        private readonly ReadOperation<TEnvelope, T> _operation;
        private readonly string[] _parentIds;

        public RecordReader(ClientCore core, ReadOperation<TEnvelope, T> operation, string[] parentIds)
        {
            _core = core;
            _operation = operation;
            _parentIds = parentIds;
        }

        public async Task<T> GetAsync(string sourcedId, CancellationToken cancellationToken)
        {
            var request = _operation.CreateRequest(_core.RootOf(_operation), SourcedIds.Append(_parentIds, sourcedId), fields: null);
            using var answer = await _core.SendAsync(request, sourcedId, cancellationToken).ConfigureAwait(false);
            var envelope = answer.Read<TEnvelope>();
            return (envelope is null ? default : _operation.Envelope.Record(envelope))
                ?? throw answer.BrokenContract($"{_operation.Id} answered without a {typeof(T).Name} record for '{sourcedId}'");
        }
    }
}
