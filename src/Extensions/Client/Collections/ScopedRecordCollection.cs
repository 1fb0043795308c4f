using System;
using OneRoster.Operations;

namespace OneRoster
{
    /// <summary>A collection whose records open a scope of nested lists: <c>collection["sourcedId"].Nested</c>.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <typeparam name="TScope">What one record's sourcedId opens (e.g. <see cref="ClassScope"/>).</typeparam>
    public class RecordCollection<T, TScope> : RecordCollection<T> where T : class
    {
        private readonly ScopeIndexer<TScope>? _scopes;

        /// <summary>For mocking only.</summary>
        protected RecordCollection()
        {
        }

        internal RecordCollection(OneRosterClient client, Func<string, TScope> openScope, RecordOperations operations, params string[] parentIds)
            : base(client, operations, parentIds)
        {
            _scopes = new ScopeIndexer<TScope>(openScope);
        }

        /// <summary>The nested lists of the record with this sourcedId (no request is made until you use them).</summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        public virtual TScope this[string sourcedId] =>
            (_scopes ?? throw new InvalidOperationException("This instance was created for mocking and has no client."))[sourcedId];
    }
}
