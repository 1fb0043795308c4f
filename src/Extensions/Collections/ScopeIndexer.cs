using System;

namespace OneRoster.Collections
{
    /// <summary>
    /// Opens the nested scope of a record by sourcedId: <c>client.Classes["c"]</c>, or, where the API offers no list
    /// to go with it, <c>client.Classes["c"].AcademicSessions["t"].PostResultsAsync(...)</c>. The scoped collections
    /// hold one of these rather than each repeating how a scope is opened.
    /// </summary>
    /// <typeparam name="TScope">What a sourcedId opens.</typeparam>
    public class ScopeIndexer<TScope>
    {
        private readonly Func<string, TScope>? _openScope;

        /// <summary>For mocking only.</summary>
        protected ScopeIndexer()
        {
        }

        internal ScopeIndexer(Func<string, TScope>? openScope) => _openScope = openScope;

        /// <summary>The scope of the record with this sourcedId (no request is made until you use it).</summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        /// <exception cref="ArgumentException"><paramref name="sourcedId"/> is null, empty or blank.</exception>
        public virtual TScope this[string sourcedId]
        {
            get
            {
                SourcedIds.Validate(sourcedId);
                return (_openScope ?? throw ClientCore.Unbound(this))(sourcedId);
            }
        }
    }
}
