using System;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Operations;

namespace OneRoster
{
    /// <summary>A <see cref="RecordList{T}"/> whose records can also be read one by one by sourcedId.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    public class RecordCollection<T> : RecordList<T> where T : class
    {
        private readonly RecordOperations? _operations;
        private readonly string[] _parentIds = Array.Empty<string>();

        /// <summary>For mocking only.</summary>
        protected RecordCollection()
        {
        }

        internal RecordCollection(OneRosterClient client, RecordOperations operations, params string[] parentIds)
            : base(client, operations.List, parentIds)
        {
            _operations = operations;
            _parentIds = parentIds;
        }

        internal RecordOperations Operations => _operations ?? throw new InvalidOperationException("This instance was created for mocking and has no client.");

        /// <summary>Reads one record.</summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <exception cref="OneRosterNotFoundException">The provider has no such record.</exception>
        /// <exception cref="ArgumentException"><paramref name="sourcedId"/> is null, empty or blank.</exception>
        public virtual async Task<T> GetAsync(string sourcedId, CancellationToken cancellationToken = default)
        {
            SourcedIds.Validate(sourcedId);
            var operation = GeneratedOperation.Get(Operations.Get ?? throw new NotSupportedException("This list has no single-record read."));
            var answer = await Client!.InvokeAsync(
                (http, ct) => operation.InvokeAsync(http, SourcedIds.Append(_parentIds, sourcedId), QueryArguments.None, null, ct),
                sourcedId,
                cancellationToken).ConfigureAwait(false);
            return Envelope.Single<T>(answer)
                ?? throw new OneRosterProtocolException($"{operation.OperationId} answered without a {typeof(T).Name} record for '{sourcedId}'.");
        }

        /// <summary>
        /// True when the record exists, false when the provider answers 404. Every other failure
        /// (401, 500, a network error) is thrown: a failure is never reported as "absent".
        /// </summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        public virtual async Task<bool> ExistsAsync(string sourcedId, CancellationToken cancellationToken = default)
        {
            try
            {
                await GetAsync(sourcedId, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (OneRosterNotFoundException)
            {
                return false;
            }
        }

        internal string[] ParentIds => _parentIds;
    }
}
