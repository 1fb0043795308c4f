using System;
using System.Net.Http;

namespace OneRoster.Operations
{
    /// <summary>An operation with a JSON body (creates, replacements, enrollments, assignments, batch posts).</summary>
    /// <typeparam name="TBody">The body type, e.g. <c>SingleUser</c> or <c>ResultSet</c>.</typeparam>
    internal sealed class WriteOperation<TBody> : Operation
    {
        private readonly Func<string, string[], TBody, HttpRequestMessage> _create;

        public WriteOperation(string id, string root, string method, int pathIds, Func<string, string[], TBody, HttpRequestMessage> create)
            : base(id, root, method, pathIds)
        {
            _create = create;
        }

        /// <summary>The request carrying <paramref name="body"/>.</summary>
        public HttpRequestMessage CreateRequest(string root, string[] ids, TBody body) => Tagged(_create(root, Checked(ids), body));
    }
}
