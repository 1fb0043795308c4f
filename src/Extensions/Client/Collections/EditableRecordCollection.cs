using System;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Operations;

namespace OneRoster
{
    /// <summary>A <see cref="RecordCollection{T}"/> the API also lets you create, replace and delete.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    public class EditableRecordCollection<T> : RecordCollection<T> where T : class
    {
        /// <summary>For mocking only.</summary>
        protected EditableRecordCollection()
        {
        }

        internal EditableRecordCollection(OneRosterClient client, RecordOperations operations, params string[] parentIds)
            : base(client, operations, parentIds)
        {
        }

        /// <summary>
        /// Creates a record (POST) and returns the sourcedId the provider allocated: from
        /// <c>sourcedIdPairs</c>, from the record a provider echoes back, or — when the provider
        /// answers 201 with no body — the sourcedId you supplied.
        /// </summary>
        /// <param name="record">The record to create; set its sourcedId when your provider expects you to choose it.</param>
        /// <param name="cancellationToken">Cancels the request (a POST is not retried unless the client options allow it).</param>
        public virtual async Task<string> CreateAsync(T record, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(record);
            var operation = GeneratedOperation.Get(Operations.Create ?? throw new NotSupportedException($"The API has no create operation for {typeof(T).Name}."));
            var body = Envelope.Wrap(operation.BodyType!, record);
            var answer = await Client!.InvokeWriteAsync(
                (http, ct) => operation.InvokeAsync(http, ParentIds, QueryArguments.None, body, ct),
                null,
                cancellationToken).ConfigureAwait(false);
            return Envelope.AllocatedSourcedId(answer)
                ?? RecordKey.For<T>()(record)
                ?? throw new OneRosterProtocolException($"{operation.OperationId} succeeded but named no sourcedId for the new {typeof(T).Name}.");
        }

        /// <summary>
        /// Replaces an existing record. Reads it first and throws <see cref="OneRosterNotFoundException"/>
        /// when it does not exist, so an update never creates a record (use <see cref="UpsertAsync"/> for that).
        /// </summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        /// <param name="record">The full new state of the record.</param>
        /// <param name="cancellationToken">Cancels the requests.</param>
        public virtual async Task UpdateAsync(string sourcedId, T record, CancellationToken cancellationToken = default)
        {
            SourcedIds.Validate(sourcedId);
            ArgumentNullException.ThrowIfNull(record);
            await GetAsync(sourcedId, cancellationToken).ConfigureAwait(false);
            await UpsertAsync(sourcedId, record, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Creates or replaces the record with this sourcedId (one PUT).</summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        /// <param name="record">The full new state of the record.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        public virtual async Task UpsertAsync(string sourcedId, T record, CancellationToken cancellationToken = default)
        {
            SourcedIds.Validate(sourcedId);
            ArgumentNullException.ThrowIfNull(record);
            var operation = GeneratedOperation.Get(Operations.Put ?? throw new NotSupportedException($"The API has no replace operation for {typeof(T).Name}."));
            var body = Envelope.Wrap(operation.BodyType!, record);
            await Client!.InvokeWriteAsync(
                (http, ct) => operation.InvokeAsync(http, SourcedIds.Append(ParentIds, sourcedId), QueryArguments.None, body, ct),
                sourcedId,
                cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Deletes the record.</summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <exception cref="OneRosterNotFoundException">The provider has no such record.</exception>
        public virtual async Task DeleteAsync(string sourcedId, CancellationToken cancellationToken = default)
        {
            SourcedIds.Validate(sourcedId);
            var operation = GeneratedOperation.Get(Operations.Delete ?? throw new NotSupportedException($"The API has no delete operation for {typeof(T).Name}."));
            await Client!.InvokeWriteAsync(
                (http, ct) => operation.InvokeAsync(http, SourcedIds.Append(ParentIds, sourcedId), QueryArguments.None, null, ct),
                sourcedId,
                cancellationToken).ConfigureAwait(false);
        }
    }
}
