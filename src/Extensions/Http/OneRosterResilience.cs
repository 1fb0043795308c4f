using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace OneRoster.Http
{
    /// <summary>
    /// The retry and timeout pipeline every OneRoster client runs, built from <see cref="OneRosterClientOptions"/>
    /// in one place (see <see cref="OneRosterPipeline"/> for where it sits):
    /// overall timeout → retry (exponential backoff with jitter, <c>Retry-After</c> honored) → per-attempt timeout.
    /// </summary>
    internal static class OneRosterResilience
    {
        /// <summary>
        /// The pipeline for the token endpoint: the same timeouts and retries, except that its POST is retried too —
        /// asking twice for a client-credentials token only issues two tokens — so a provider's momentary 5xx, 429 or
        /// dropped connection at a token refresh does not end a long sync.
        /// </summary>
        public static ResiliencePipeline<HttpResponseMessage> BuildForTokenRequests(OneRosterClientOptions options, TimeProvider timeProvider) =>
            Build(options, timeProvider, anyMethod: true);

        private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, OneRosterClientOptions options, TimeProvider timeProvider, bool anyMethod)
        {
            ArgumentNullException.ThrowIfNull(builder);
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(timeProvider);
            builder.TimeProvider = timeProvider;
            builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "OneRoster.Overall", Timeout = options.OverallTimeout });
            var retry = options.Retry ?? new OneRosterRetryOptions();
            if (retry.MaxRetries > 0)
            {
                builder.AddRetry(new HttpRetryStrategyOptions
                {
                    Name = "OneRoster.Retry",
                    MaxRetryAttempts = retry.MaxRetries,
                    Delay = retry.BaseDelay,
                    MaxDelay = retry.MaxDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    // Retry-After is read by DelayGenerator below, so both forms and the MaxRetryAfter cap are ours.
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, retry, timeProvider, anyMethod)),
                    DelayGenerator = args => new ValueTask<TimeSpan?>(
                        args.Outcome.Result is { } response ? RetryAfter.FromResponse(response, timeProvider.GetUtcNow()) : null),
                });
            }
            builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "OneRoster.Attempt", Timeout = options.Timeout });
        }

        /// <summary>The pipeline for API requests.</summary>
        public static ResiliencePipeline<HttpResponseMessage> Build(OneRosterClientOptions options, TimeProvider timeProvider) =>
            Build(options, timeProvider, anyMethod: false);

        private static ResiliencePipeline<HttpResponseMessage> Build(OneRosterClientOptions options, TimeProvider timeProvider, bool anyMethod)
        {
            var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
            Configure(builder, options, timeProvider, anyMethod);
            return builder.Build();
        }

        /// <summary>True for the methods a retry cannot turn into a duplicate write.</summary>
        public static bool IsIdempotent(HttpMethod method) =>
            method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options ||
            method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Trace;

        internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, OneRosterRetryOptions retry, TimeProvider timeProvider, bool anyMethod = false)
        {
            var method = context.GetRequestMessage()?.Method ?? outcome.Result?.RequestMessage?.Method;
            if (!anyMethod && (method is null || (!IsIdempotent(method) && !retry.RetryNonIdempotent)))
            {
                return false;
            }
            // The caller's cancellation ends everything at once; it is never a transient failure.
            if (context.CancellationToken.IsCancellationRequested)
            {
                return false;
            }
            if (outcome.Result is { } response)
            {
                // 501: the provider does not implement the operation; asking again cannot change that.
                if (response.StatusCode == HttpStatusCode.NotImplemented)
                {
                    return false;
                }
                // A provider asking for a longer pause than the caller allows: surface the 429/503 with its
                // Retry-After instead of sleeping through it.
                if (RetryAfter.FromResponse(response, timeProvider.GetUtcNow()) is { } wait && wait > retry.MaxRetryAfter)
                {
                    return false;
                }
            }
            return HttpClientResiliencePredicates.IsTransient(outcome);
        }
    }
}
