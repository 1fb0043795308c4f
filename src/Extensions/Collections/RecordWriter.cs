using System;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Operations;

namespace OneRoster.Collections
{
    /// <summary>Creates, replaces and deletes the records of one collection.</summary>
    internal interface IRecordWriter<T>
    {
        Task<string> CreateAsync(T record, CancellationToken cancellationToken);

        Task PutAsync(string sourcedId, T record, CancellationToken cancellationToken);

        Task DeleteAsync(string sourcedId, CancellationToken cancellationToken);
    }

    /// <summary>
    /// Writes records through a collection's create, replace and delete operations, which take the record in the same
    /// single-record envelope the read answers with (<typeparamref name="TEnvelope"/>).
    /// </summary>
    internal sealed class RecordWriter<TEnvelope, T> : IRecordWriter<T>
    {
        private readonly ClientCore _core;
        private readonly SingleEnvelope<TEnvelope, T> _envelope;
        private readonly WriteOperation<TEnvelope>? _create;
        private readonly WriteOperation<TEnvelope>? _put;
        private readonly Operation? _delete;
        private readonly string[] _parentIds;

        public RecordWriter(ClientCore core, SingleEnvelope<TEnvelope, T> envelope, WriteOperation<TEnvelope>? create, WriteOperation<TEnvelope>? put, Operation? delete, string[] parentIds)
        {
            _core = core;
            _envelope = envelope;
            _create = create;
            _put = put;
            _delete = delete;
            _parentIds = parentIds;
        }

        public async Task<string> CreateAsync(T record, CancellationToken cancellationToken)
        {
            var create = _create ?? throw new NotSupportedException($"The API has no create operation for {typeof(T).Name}.");
            var request = create.CreateRequest(_core.RootOf(create), _parentIds, _envelope.Wrap(record));
            using var answer = await _core.SendAsync(request, null, cancellationToken).ConfigureAwait(false);
            return WriteAnswers.AllocatedSourcedId(answer)
                ?? _envelope.Key(record)
                ?? throw answer.BrokenContract($"{create.Id} succeeded but named no sourcedId for the new {typeof(T).Name}");
        }

        public Task PutAsync(string sourcedId, T record, CancellationToken cancellationToken)
        {
            var put = _put ?? throw new NotSupportedException($"The API has no replace operation for {typeof(T).Name}.");
            var request = put.CreateRequest(_core.RootOf(put), SourcedIds.Append(_parentIds, sourcedId), _envelope.Wrap(record));
            return _core.SendWriteAsync(request, sourcedId, cancellationToken);
        }

        public Task DeleteAsync(string sourcedId, CancellationToken cancellationToken)
        {
            var delete = _delete ?? throw new NotSupportedException($"The API has no delete operation for {typeof(T).Name}.");
            var request = delete.CreateRequest(_core.RootOf(delete), SourcedIds.Append(_parentIds, sourcedId));
            return _core.SendWriteAsync(request, sourcedId, cancellationToken);
        }
    }
}
