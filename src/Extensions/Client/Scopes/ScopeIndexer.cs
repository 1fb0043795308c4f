using System;

namespace OneRoster
{
    /// <summary>Opens a nested scope by sourcedId where the API offers no list to go with it
    /// (e.g. <c>client.Classes["c"].AcademicSessions["t"].PostResultsAsync(...)</c>).</summary>
    /// <typeparam name="TScope">What a sourcedId opens.</typeparam>
    public class ScopeIndexer<TScope>
    {
        private readonly Func<string, TScope>? _openScope;

        /// <summary>For mocking only.</summary>
        protected ScopeIndexer()
        {
        }

        internal ScopeIndexer(Func<string, TScope> openScope) => _openScope = openScope;

        /// <summary>The scope of the record with this sourcedId.</summary>
        /// <param name="sourcedId">The record's sourcedId.</param>
        public virtual TScope this[string sourcedId]
        {
            get
            {
                SourcedIds.Validate(sourcedId);
                return (_openScope ?? throw new InvalidOperationException("This instance was created for mocking and has no client."))(sourcedId);
            }
        }
    }
}
