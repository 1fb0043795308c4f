using System;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Errors;
using OneRoster.Query;

namespace OneRoster.Collections
{
    /// <summary>A <see cref="RecordList{T}"/> whose records can also be read one by one by sourcedId.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    public class RecordCollection<T> : RecordList<T> where T : class
    {
        private readonly IRecordReader<T>? _reader;

        /// <summary>For mocking only.</summary>
        protected RecordCollection()
        {
        }

        internal RecordCollection(IRecordQueries<T> queries, IRecordReader<T> reader)
            : base(queries)
        {
            _reader = reader;
        }

        /// <summary>Reads one record.</summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <exception cref="OneRosterNotFoundException">The provider has no such record.</exception>
        /// <exception cref="ArgumentException"><paramref name="sourcedId"/> is null, empty or blank.</exception>
        public virtual Task<T> GetAsync(string sourcedId, CancellationToken cancellationToken = default)
        {
            SourcedIds.Validate(sourcedId);
            return Reader.GetAsync(sourcedId, cancellationToken);
        }

        /// <summary>
        /// True when the record exists, false when the provider answers 404 for it and its collection exists. Every other
        /// failure (401, 500, a network error) is thrown: a failure is never reported as "absent". After the first 404 the
        /// client lists the collection once (one record) to tell "no such record" from "no such operation".
        /// </summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <exception cref="OneRosterConfigurationException">The collection itself answers 404 (a wrong base URL or path prefix); the message names the URL.</exception>
        public virtual async Task<bool> ExistsAsync(string sourcedId, CancellationToken cancellationToken = default)
        {
            try
            {
                await GetAsync(sourcedId, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (OneRosterNotFoundException)
            {
                await Reader.ConfirmAbsentAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }
        }

        private protected IRecordReader<T> Reader => _reader ?? throw ClientCore.Unbound(this);
    }
}
