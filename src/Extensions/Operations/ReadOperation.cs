using System;
using System.Net.Http;

namespace OneRoster.Operations
{
    /// <summary>A read of one record (<c>getUser</c>): the record comes in a single-record envelope.</summary>
    /// <typeparam name="TEnvelope">The envelope, e.g. <c>SingleUser</c>.</typeparam>
    /// <typeparam name="TRecord">The record, e.g. <c>User</c>.</typeparam>
    internal sealed class ReadOperation<TEnvelope, TRecord> : Operation
    {
        private readonly Func<string, string[], string?, HttpRequestMessage> _create;

        public ReadOperation(string id, string root, int pathIds, SingleEnvelope<TEnvelope, TRecord> envelope, Func<string, string[], string?, HttpRequestMessage> create)
            : base(id, root, "GET", pathIds)
        {
            Envelope = envelope;
            _create = create;
        }

        /// <summary>Where the envelope keeps the record (and how to wrap one for a write).</summary>
        public SingleEnvelope<TEnvelope, TRecord> Envelope { get; }

        /// <summary>The request, with an optional <c>fields</c> selection.</summary>
        public HttpRequestMessage CreateRequest(string root, string[] ids, string? fields) => Tagged(_create(root, Checked(ids), fields));
    }
}
