using System;
using OneRoster.Http;
using OneRoster.Operations;

namespace OneRoster.Query
{
    /// <summary>
    /// What running list queries needs from the client they belong to, handed down by the facade so that this layer
    /// never reaches up to it: the transport, the provider's profile, the page size and prefetch concurrency, and
    /// where each service lives on this provider.
    /// </summary>
    internal sealed class QueryContext
    {
        public QueryContext(ApiTransport transport, OneRosterProvider provider, int pageSize, int maxConcurrency, Func<Operation, string> rootOf, UnknownFilterFieldGuard? filterFields = null, AdaptivePushdown? pushdown = null)
        {
            Pushdown = pushdown ?? new AdaptivePushdown(provider, logger: null);
            FilterFields = filterFields ?? new UnknownFilterFieldGuard(UnknownFilterFieldPolicy.Ignore, logger: null);
            Transport = transport;
            Provider = provider;
            PageSize = pageSize;
            MaxConcurrency = maxConcurrency;
            RootOf = rootOf;
        }

        public ApiTransport Transport { get; }

        /// <summary>Checks the fields of each filter before it is sent.</summary>
        public UnknownFilterFieldGuard FilterFields { get; }

        public OneRosterProvider Provider { get; }

        /// <summary>What the client has learned about the filters the provider really evaluates (one per client).</summary>
        public AdaptivePushdown Pushdown { get; }

        /// <summary>The page size streams ask for when the query sets no limit.</summary>
        public int PageSize { get; }

        public int MaxConcurrency { get; }

        /// <summary>The service root an operation is sent under on this provider.</summary>
        public Func<Operation, string> RootOf { get; }
    }
}
