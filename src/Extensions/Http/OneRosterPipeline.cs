using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using OneRoster.Auth;

namespace OneRoster.Http
{
    /// <summary>
    /// The one place the handler chains are put together, for the standalone client (<see cref="OneRosterClient"/>'s
    /// constructor) and for dependency injection (<c>AddOneRosterClient</c>) alike. API requests pass, outermost first:
    /// <list type="number">
    /// <item><see cref="RequestIdHandler"/> — one <c>X-Request-ID</c> per logical request, shared by all its retries;</item>
    /// <item><see cref="OneRosterTokenHandler"/> — the bearer token (cached, single-flight), one resend after a 401 (OAuth 2.0 only);</item>
    /// <item><see cref="RequestRateHandler"/> — waits for the profile's request rate, once the token is there;</item>
    /// <item>resilience (<see cref="OneRosterResilience"/>) — overall timeout, retries of 429/5xx/network failures honouring
    /// <c>Retry-After</c>, per-attempt timeout;</item>
    /// <item><see cref="OneRosterOAuth1Handler"/> — under OAuth 1.0a instead of the token handler: a fresh signature per attempt;</item>
    /// <item>(<see cref="OneRosterBearerKeyHandler"/> takes the token handler's place under <see cref="OneRosterAuthScheme.BearerKey"/>);</item>
    /// <item><see cref="AttemptLoggingHandler"/> — one Debug line per attempt (each retry, the resend after a 401);</item>
    /// <item><see cref="BodyBufferingHandler"/> — reads the body inside the attempt, so a broken or stalled body is
    /// retried or timed out like any other failed attempt;</item>
    /// <item>the network (<see cref="SocketsHttpHandler"/>, decompressing).</item>
    /// </list>
    /// Token requests pass resilience (the same timeouts and retries, the POST included) → body buffering → network.
    /// </summary>
    internal static class OneRosterPipeline
    {
        /// <summary>The category of the per-attempt log lines (the client's full type name, as users filter on it).</summary>
        public const string LogCategory = "OneRoster.OneRosterClient";

        /// <summary>The names of the API handlers in the order a request passes them under <paramref name="scheme"/> (for tests and docs).</summary>
        public static IReadOnlyList<string> ApiOrder(OneRosterAuthScheme scheme) =>
            Layout(scheme, options: null!, tokens: null!, loggerFactory: null, timeProvider: null!).ConvertAll(slot => slot.Name);

        /// <summary>
        /// The API handlers, outermost first, for one client; new instances on every call. <paramref name="tokens"/> is
        /// asked for the token cache only under OAuth 2.0.
        /// </summary>
        public static DelegatingHandler[] ApiHandlers(OneRosterClientOptions options, Func<OneRosterTokenProvider> tokens, ILoggerFactory? loggerFactory, TimeProvider timeProvider) =>
            Layout(options.ResolvedProvider.AuthScheme, options, tokens, loggerFactory, timeProvider).ConvertAll(slot => slot.Create()).ToArray();

        /// <summary>
        /// The one statement of the API chain under <paramref name="scheme"/>: each slot's handler name and how to build
        /// it (invoked only by <see cref="ApiHandlers"/>). A signature is good for one attempt (its nonce may not be used
        /// twice): OAuth 1.0a signs inside the retries, while a bearer token or key is set once per call, outside them
        /// (the token resent once after a 401). The rate is waited for after the token and outside the timeouts.
        /// </summary>
        private static List<(string Name, Func<DelegatingHandler> Create)> Layout(
            OneRosterAuthScheme scheme, OneRosterClientOptions options, Func<OneRosterTokenProvider> tokens, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
        {
            var chain = new List<(string Name, Func<DelegatingHandler> Create)> { (nameof(RequestIdHandler), () => new RequestIdHandler()) };
            if (scheme == OneRosterAuthScheme.BearerKey)
            {
                chain.Add((nameof(OneRosterBearerKeyHandler), () => new OneRosterBearerKeyHandler(options.ClientSecret!, options.GetApiBaseAddress())));
            }
            else if (scheme != OneRosterAuthScheme.OAuth1Signature)
            {
                chain.Add((nameof(OneRosterTokenHandler), () => new OneRosterTokenHandler(tokens(), options.GetApiBaseAddress())));
            }
            chain.Add((nameof(RequestRateHandler), () => new RequestRateHandler()));
            chain.Add((nameof(ResilienceHandler), () => new ResilienceHandler(OneRosterResilience.Build(options, timeProvider))));
            if (scheme == OneRosterAuthScheme.OAuth1Signature)
            {
                chain.Add((nameof(OneRosterOAuth1Handler), () => new OneRosterOAuth1Handler(options, timeProvider, nonces: null)));
            }
            chain.Add((nameof(AttemptLoggingHandler), () => new AttemptLoggingHandler(
                loggerFactory?.CreateLogger(LogCategory) ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, timeProvider)));
            chain.Add((nameof(BodyBufferingHandler), () => new BodyBufferingHandler()));
            return chain;
        }

        /// <summary>The token endpoint's handlers, outermost first; new instances on every call.</summary>
        public static DelegatingHandler[] TokenHandlers(OneRosterClientOptions options, TimeProvider timeProvider) => new DelegatingHandler[]
        {
            new ResilienceHandler(OneRosterResilience.BuildForTokenRequests(options, timeProvider)),
            new BodyBufferingHandler(),
        };

        /// <summary>The connection pool both chains end in.</summary>
        public static SocketsHttpHandler CreateNetwork() => new()
        {
            // Re-resolve DNS now and then; a long-lived client otherwise pins one address forever.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            // Providers compress answers, some without being asked.
            AutomaticDecompression = DecompressionMethods.All,
        };

        /// <summary>Links <paramref name="handlers"/> (outermost first) in front of <paramref name="inner"/>.</summary>
        public static HttpMessageHandler Link(DelegatingHandler[] handlers, HttpMessageHandler inner)
        {
            for (var i = handlers.Length - 1; i >= 0; i--)
            {
                handlers[i].InnerHandler = inner;
                inner = handlers[i];
            }
            return inner;
        }
    }
}
