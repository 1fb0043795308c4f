using System;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace OneRoster.Http
{
    /// <summary>
    /// The client-wide limits of a provider profile (<see cref="OneRosterProvider.MaxConcurrentRequests"/>,
    /// <see cref="OneRosterProvider.MaxRequestsPerSecond"/>): every request of one client — all its streams, lists,
    /// reads and writes — waits here for a slot and, with a rate, for its turn. Owned by the client (or by the
    /// registration under dependency injection), not by a handler: IHttpClientFactory rebuilds handlers, and a limit
    /// inside one would be a limit per handler generation.
    /// </summary>
    internal sealed class RequestGate : IDisposable
    {
        private readonly SemaphoreSlim? _slots;
        private readonly RateLimiter? _rate;

        private RequestGate(int? maxConcurrent, double? perSecond)
        {
            _slots = maxConcurrent is { } max ? new SemaphoreSlim(max, max) : null;
            if (perSecond is { } rate)
            {
                // One token per period, no burst: requests start evenly spaced. Waiters queue without limit, in order.
                _rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
                {
                    TokenLimit = 1,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1 / rate),
                    QueueLimit = int.MaxValue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    AutoReplenishment = true,
                });
            }
        }

        /// <summary>Where <see cref="ApiTransport"/> leaves the gate for <see cref="RequestRateHandler"/>.</summary>
        public static readonly System.Net.Http.HttpRequestOptionsKey<RequestGate> OptionKey = new("OneRoster.RequestGate");

        /// <summary>Whether the gate limits the request rate (not only the requests in flight).</summary>
        public bool HasRate => _rate is not null;

        /// <summary>The gate for <paramref name="provider"/>'s limits; null when it sets none.</summary>
        public static RequestGate? For(OneRosterProvider provider) =>
            provider.MaxConcurrentRequests is null && provider.MaxRequestsPerSecond is null
                ? null
                : new RequestGate(provider.MaxConcurrentRequests, provider.MaxRequestsPerSecond);

        /// <summary>
        /// Waits for a slot and, with <paramref name="includeRate"/> (for an HttpClient without
        /// <see cref="RequestRateHandler"/>), for a rate token; dispose the result when the request's answer has been read.
        /// </summary>
        public async ValueTask<Slot> EnterAsync(bool includeRate, CancellationToken cancellationToken)
        {
            if (_slots is not null)
            {
                await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            try
            {
                if (includeRate)
                {
                    await WaitForTurnAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch
            {
                _slots?.Release();
                throw;
            }
            return new Slot(_slots);
        }

        /// <summary>Waits until the rate lets one more request start; at once without a rate.</summary>
        public async ValueTask WaitForTurnAsync(CancellationToken cancellationToken)
        {
            if (_rate is not null)
            {
                using var lease = await _rate.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            }
        }

        public void Dispose()
        {
            _rate?.Dispose();
            _slots?.Dispose();
        }

        /// <summary>A held slot; disposing it frees the slot.</summary>
        public readonly struct Slot : IDisposable
        {
            private readonly SemaphoreSlim? _slots;

            public Slot(SemaphoreSlim? slots) => _slots = slots;

            public void Dispose() => _slots?.Release();
        }
    }
}
