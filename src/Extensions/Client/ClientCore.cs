using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OneRoster.Http;
using OneRoster.Operations;
using OneRoster.Query;

namespace OneRoster
{
    /// <summary>
    /// What every collection and scope of one <see cref="OneRosterClient"/> shares: the transport, the provider
    /// profile and the page settings. Collections hold this, not the client, so a scope opened from a collection
    /// needs nothing but it.
    /// </summary>
    internal sealed class ClientCore
    {
        public ClientCore(ApiTransport transport, OneRosterClientOptions options, ILoggerFactory? loggerFactory = null)
        {
            Transport = transport;
            Provider = options.ResolvedProvider;
            var queryLogger = (loggerFactory ?? options.LoggerFactory)?.CreateLogger("OneRoster.Query");
            var filterFields = new UnknownFilterFieldGuard(options.UnknownFilterFields, queryLogger);
            Queries = new QueryContext(transport, Provider, options.PageSize ?? Provider.MaxPageSize, options.MaxConcurrency, RootOf, filterFields, new AdaptivePushdown(Provider, queryLogger));
        }

        public ApiTransport Transport { get; }

        /// <summary>The provider profile in use (see <see cref="OneRosterClient.Provider"/>).</summary>
        public OneRosterProvider Provider { get; }

        public QueryContext Queries { get; }

        /// <summary>The service root <paramref name="operation"/> is sent under on this provider.</summary>
        public string RootOf(Operation operation) => Provider.RootFor(operation.DefaultRoot);

        /// <summary>Lists and streams of <paramref name="operation"/> under the parent ids <paramref name="parentIds"/>.</summary>
        public IRecordQueries<T> List<TEnvelope, T>(ListOperation<TEnvelope, T> operation, params string[] parentIds) =>
            new QueryRunner<TEnvelope, T>(Queries, operation, parentIds);

        /// <summary>Sends <paramref name="request"/> and returns its success answer (see <see cref="ApiTransport.SendAsync"/>).</summary>
        public Task<Answer> SendAsync(HttpRequestMessage request, string? sourcedId, CancellationToken cancellationToken) =>
            Transport.SendAsync(request, sourcedId, cancellationToken);

        /// <summary>Sends a write and releases its answer, whatever its body (providers answer writes with anything or nothing).</summary>
        public async Task SendWriteAsync(HttpRequestMessage request, string? sourcedId, CancellationToken cancellationToken)
        {
            using var answer = await Transport.SendAsync(request, sourcedId, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The error for a member of an instance made for mocking, which has no client behind it.</summary>
        public static InvalidOperationException Unbound(object instance) =>
            new($"This {instance.GetType().Name} was created for mocking and cannot send requests.");
    }
}
