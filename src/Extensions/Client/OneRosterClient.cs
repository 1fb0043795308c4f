using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Logging;
using OneRoster.Auth;
using OneRoster.Errors;
using OneRoster.Http;

namespace OneRoster
{
    /// <summary>
    /// The OneRoster v1.2 client: one object for every resource area (rostering, gradebook, resources) of one provider
    /// and one set of credentials. Thread-safe; create one and reuse it (or let dependency injection do that with
    /// <c>AddOneRosterClient</c>). Every failure surfaces as a <see cref="OneRosterException"/>.
    /// </summary>
    /// <remarks>
    /// A call goes: collection (<c>client.Users</c>) → query planning → paging → the transport → the handler chain
    /// described in docs/architecture.md → network. The resource areas live in <c>OneRosterClient.Areas.cs</c>.
    /// </remarks>
    public partial class OneRosterClient : IDisposable
    {
        private readonly ClientCore? _core;
        private readonly List<IDisposable> _owned = new();
        private int _disposed;

        /// <summary>Creates a client with its own connection pool, token cache and handler chain, disposed with it.</summary>
        /// <param name="options">Where the provider is, the credentials, timeouts and retries. Copied: later changes have no effect.</param>
        /// <exception cref="OneRosterConfigurationException">The options cannot work (every problem is listed).</exception>
        public OneRosterClient(OneRosterClientOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            Options = options.Clone();
            Options.Validate();
            var timeProvider = Options.TimeProvider ?? TimeProvider.System;
            var loggerFactory = Options.LoggerFactory;

            var network = OneRosterPipeline.CreateNetwork();
            var tokenHttpClient = new HttpClient(OneRosterPipeline.Link(OneRosterPipeline.TokenHandlers(Options, timeProvider), network), disposeHandler: false)
            {
                // The resilience pipeline owns every timeout (per attempt and overall).
                Timeout = Timeout.InfiniteTimeSpan,
            };
            // Under OAuth 1.0a there is no token endpoint, and no token cache to build.
            var tokens = Options.ResolvedProvider.AuthScheme == OneRosterAuthScheme.OAuth2ClientCredentials
                ? new OneRosterTokenProvider(Options, () => tokenHttpClient, timeProvider, loggerFactory?.CreateLogger("OneRoster.Auth"))
                : null;
            var httpClient = new HttpClient(OneRosterPipeline.Link(OneRosterPipeline.ApiHandlers(Options, () => tokens!, loggerFactory, timeProvider), network), disposeHandler: false)
            {
                BaseAddress = Options.GetApiBaseAddress(),
                Timeout = Timeout.InfiniteTimeSpan,
            };
            // Disposed in this order: the clients (and their handlers), the token cache, the shared connection pool.
            _owned.Add(httpClient);
            _owned.Add(tokenHttpClient);
            if (tokens is not null)
            {
                _owned.Add(tokens);
            }
            _owned.Add(network);
            _core = new ClientCore(new ApiTransport(httpClient, timeProvider, Options.ResolvedProvider, OwnedGate(), rateInPipeline: true), Options);
        }

        /// <summary>
        /// Creates a client over an <see cref="HttpClient"/> that is already set up, e.g. by <c>IHttpClientFactory</c> or
        /// by you with a <see cref="OneRosterTokenHandler"/>. The client does not dispose it. Its
        /// <see cref="HttpClient.BaseAddress"/> is set from <paramref name="options"/> when missing, and given a trailing
        /// '/' when it lacks one (request paths are relative to it).
        /// </summary>
        /// <param name="httpClient">The HttpClient to send requests with; it is responsible for authentication.</param>
        /// <param name="options">Options (base URL used when the HttpClient has none); null for defaults.</param>
        /// <exception cref="OneRosterConfigurationException">No usable base URL.</exception>
        public OneRosterClient(HttpClient httpClient, OneRosterClientOptions? options = null)
            : this(httpClient, options, loggerFactory: null)
        {
        }

        /// <summary>
        /// The dependency-injection client: <paramref name="loggerFactory"/> is the container's, and <paramref name="gate"/>
        /// the registration's request limits (shared by every client resolved for it); null makes the client its own.
        /// </summary>
        internal OneRosterClient(HttpClient httpClient, OneRosterClientOptions? options, ILoggerFactory? loggerFactory, RequestGate? gate = null)
        {
            ArgumentNullException.ThrowIfNull(httpClient);
            Options = options?.Clone() ?? new OneRosterClientOptions();
            try
            {
                if (httpClient.BaseAddress is null)
                {
                    var errors = Options.GetValidationErrors(requireCredentials: false);
                    if (errors.Count > 0)
                    {
                        throw new OneRosterConfigurationException(errors);
                    }
                    httpClient.BaseAddress = Options.GetApiBaseAddress();
                }
                else if (!httpClient.BaseAddress.AbsolutePath.EndsWith('/'))
                {
                    // Without the slash, relative paths would replace the last segment of a prefixed base URL.
                    httpClient.BaseAddress = OneRosterClientOptions.WithTrailingSlash(httpClient.BaseAddress);
                }
            }
            catch (InvalidOperationException ex)
            {
                throw new ArgumentException(
                    "The HttpClient has already sent requests, so its BaseAddress can no longer be set; give it a BaseAddress " +
                    "that is the provider root ending with '/' before creating the OneRosterClient.", nameof(httpClient), ex);
            }
            // A registration's gate comes with the registration's HttpClient, which runs the client's own chain.
            _core = new ClientCore(new ApiTransport(httpClient, Options.TimeProvider ?? TimeProvider.System, Options.ResolvedProvider, gate ?? OwnedGate(), rateInPipeline: gate is not null), Options, loggerFactory);
        }

        /// <summary>The profile's client-wide request limits for this client alone, disposed with it; null when it sets none.</summary>
        private RequestGate? OwnedGate()
        {
            var gate = RequestGate.For(Options.ResolvedProvider);
            if (gate is not null)
            {
                _owned.Add(gate);
            }
            return gate;
        }

        /// <summary>For mocking frameworks and test doubles: a client that sends nothing.</summary>
        protected OneRosterClient()
        {
            Options = new OneRosterClientOptions();
        }

        /// <summary>A copy of the options the client was created with.</summary>
        public OneRosterClientOptions Options { get; }

        /// <summary>
        /// The provider profile in use: <see cref="OneRosterClientOptions.Provider"/>, else Timeback's for a Timeback
        /// environment, else the standard one.
        /// </summary>
        public virtual OneRosterProvider Provider => Core.Provider;

        /// <summary>The HttpClient requests go through (BaseAddress = provider root ending with '/'); for diagnostics and tests.</summary>
        internal HttpClient HttpClient => Core.Transport.HttpClient;

        /// <summary>Disposes the connection pool and token cache when the client created them.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Releases what the client created.</summary>
        /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
        protected virtual void Dispose(bool disposing)
        {
            if (!disposing || Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }
            foreach (var owned in _owned)
            {
                owned.Dispose();
            }
        }

        private ClientCore Core => _core ?? throw ClientCore.Unbound(this);
    }
}
