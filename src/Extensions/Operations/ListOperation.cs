using System;
using System.Net.Http;

namespace OneRoster.Operations
{
    /// <summary>A list operation (<c>getAllUsers</c>, <c>getClassesForSchool</c>): a request per page, records in a list envelope.</summary>
    /// <typeparam name="TEnvelope">The envelope the records come in, e.g. <c>UserSet</c>.</typeparam>
    /// <typeparam name="TRecord">The record, e.g. <c>User</c>.</typeparam>
    internal sealed class ListOperation<TEnvelope, TRecord> : Operation
    {
        private readonly Func<string, string[], QueryArguments, HttpRequestMessage> _create;

        public ListOperation(string id, string root, int pathIds, bool takesSearch, ListEnvelope<TEnvelope, TRecord> envelope, Func<string, string[], QueryArguments, HttpRequestMessage> create)
            : base(id, root, "GET", pathIds)
        {
            TakesSearch = takesSearch;
            Envelope = envelope;
            _create = create;
        }

        /// <summary>Whether the operation has Timeback's <c>search</c> parameter.</summary>
        public bool TakesSearch { get; }

        /// <summary>Where the envelope keeps the records.</summary>
        public ListEnvelope<TEnvelope, TRecord> Envelope { get; }

        /// <summary>The request for one page.</summary>
        public HttpRequestMessage CreateRequest(string root, string[] ids, QueryArguments query) => Tagged(_create(root, Checked(ids), query));
    }
}
