using System;
using System.Net.Http;

namespace OneRoster.Operations
{
    /// <summary>
    /// One API operation as the generated code describes it (<c>UsersClient.Operations.DeleteUser</c>): its
    /// operationId, the service root it is declared under, its method, how many path ids it takes, and how its
    /// request is built. This base serves operations without a body whose answer the caller reads itself (deletes,
    /// removals); <see cref="ListOperation{TEnvelope,TRecord}"/>, <see cref="ReadOperation{TEnvelope,TRecord}"/> and
    /// <see cref="WriteOperation{TBody}"/> add what lists, reads and writes need.
    /// </summary>
    internal class Operation
    {
        private readonly Func<string, string[], HttpRequestMessage>? _create;

        public Operation(string id, string root, string method, int pathIds, Func<string, string[], HttpRequestMessage> create)
            : this(id, root, method, pathIds)
        {
            _create = create;
        }

        protected Operation(string id, string root, string method, int pathIds)
        {
            Id = id;
            DefaultRoot = root;
            Method = method;
            PathIds = pathIds;
        }

        /// <summary>The OpenAPI operationId, e.g. <c>deleteUser</c>; for diagnostics.</summary>
        public string Id { get; }

        /// <summary>The service root the operation is declared under in <c>openapi/</c>, e.g. <c>ims/oneroster/rostering/v1p2</c>.</summary>
        public string DefaultRoot { get; }

        /// <summary>The HTTP method, upper case.</summary>
        public string Method { get; }

        /// <summary>How many path ids the operation takes, in path order.</summary>
        public int PathIds { get; }

        /// <summary>
        /// The option on every request an operation builds naming the root it is declared under, so that what a
        /// provider wants per service (its extra headers) is added where the request is sent, whatever root it went to.
        /// </summary>
        public static readonly HttpRequestOptionsKey<string> DeclaredRootKey = new("OneRoster.DeclaredRoot");

        /// <summary>
        /// The option on every request an operation builds naming its operationId, so that the transport knows which
        /// operation a request is (a OneRoster 1.1 provider has only some of the writes, see <c>OneRoster11WriteBodies</c>).
        /// </summary>
        public static readonly HttpRequestOptionsKey<string> OperationIdKey = new("OneRoster.OperationId");

        /// <summary>The request under <paramref name="root"/> with the path ids <paramref name="ids"/>.</summary>
        public HttpRequestMessage CreateRequest(string root, string[] ids) =>
            Tagged((_create ?? throw new InvalidOperationException($"{Id} takes arguments beyond its path ids."))(root, Checked(ids)));

        /// <summary>Marks <paramref name="request"/> with <see cref="DefaultRoot"/> (see <see cref="DeclaredRootKey"/>).</summary>
        protected HttpRequestMessage Tagged(HttpRequestMessage request)
        {
            request.Options.Set(DeclaredRootKey, DefaultRoot);
            request.Options.Set(OperationIdKey, Id);
            return request;
        }

        /// <exception cref="ArgumentException">Not as many ids as the path has.</exception>
        protected string[] Checked(string[] ids) =>
            ids.Length == PathIds ? ids : throw new ArgumentException($"{Id} takes {PathIds} path id(s), got {ids.Length}.", nameof(ids));

        public override string ToString() => $"{Id} ({Method})";
    }
}
