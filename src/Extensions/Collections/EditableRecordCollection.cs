using System;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Errors;
using OneRoster.Query;

namespace OneRoster.Collections
{
    /// <summary>A <see cref="RecordCollection{T}"/> the API also lets you create, replace and delete.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    public class EditableRecordCollection<T> : RecordCollection<T> where T : class
    {
        private readonly IRecordWriter<T>? _writer;

        /// <summary>For mocking only.</summary>
        protected EditableRecordCollection()
        {
        }

        internal EditableRecordCollection(IRecordQueries<T> queries, IRecordReader<T> reader, IRecordWriter<T> writer)
            : base(queries, reader)
        {
            _writer = writer;
        }

        /// <summary>
        /// Creates a record (POST) and returns the sourcedId the provider allocated: from <c>sourcedIdPairs</c>, from the
        /// record a provider echoes back, or — when the provider answers 201 with no body — the sourcedId you supplied.
        /// </summary>
        /// <param name="record">The record to create; set its sourcedId when your provider expects you to choose it.</param>
        /// <param name="cancellationToken">Cancels the request (a POST is not retried unless the client options allow it).</param>
        /// <exception cref="NotSupportedException">The API has no create operation for this collection.</exception>
        public virtual Task<string> CreateAsync(T record, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(record);
            return Writer.CreateAsync(record, cancellationToken);
        }

        /// <summary>
        /// Replaces an existing record. Reads it first and throws <see cref="OneRosterNotFoundException"/> when it does
        /// not exist, so an update never creates a record (use <see cref="UpsertAsync"/> for that).
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
        public virtual Task UpsertAsync(string sourcedId, T record, CancellationToken cancellationToken = default)
        {
            SourcedIds.Validate(sourcedId);
            ArgumentNullException.ThrowIfNull(record);
            return Writer.PutAsync(sourcedId, record, cancellationToken);
        }

        /// <summary>Deletes the record.</summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <exception cref="OneRosterNotFoundException">The provider has no such record.</exception>
        public virtual Task DeleteAsync(string sourcedId, CancellationToken cancellationToken = default)
        {
            SourcedIds.Validate(sourcedId);
            return Writer.DeleteAsync(sourcedId, cancellationToken);
        }

        private IRecordWriter<T> Writer => _writer ?? throw ClientCore.Unbound(this);
    }
}
