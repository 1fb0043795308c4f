using System;
using OneRoster.Query;

namespace OneRoster.Collections
{
    /// <summary>An editable collection whose records open a scope of nested lists: <c>collection["sourcedId"].Nested</c>.</summary>
    /// <typeparam name="T">The generated record type.</typeparam>
    /// <typeparam name="TScope">What one record's sourcedId opens (e.g. <see cref="ClassScope"/>).</typeparam>
    public class EditableRecordCollection<T, TScope> : EditableRecordCollection<T> where T : class
    {
        private readonly ScopeIndexer<TScope> _scopes;

        /// <summary>For mocking only.</summary>
        protected EditableRecordCollection()
        {
            _scopes = new ScopeIndexer<TScope>(null);
        }

        internal EditableRecordCollection(IRecordQueries<T> queries, IRecordReader<T> reader, IRecordWriter<T> writer, Func<string, TScope> openScope)
            : base(queries, reader, writer)
        {
            _scopes = new ScopeIndexer<TScope>(openScope);
        }

        /// <summary>The nested lists of the record with this sourcedId (no request is made until you use them).</summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        public virtual TScope this[string sourcedId] => _scopes[sourcedId];
    }
}
