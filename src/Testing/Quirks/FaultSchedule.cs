using System;
using OneRoster.Testing.Protocol;

namespace OneRoster.Testing.Quirks
{
    /// <summary>
    /// Decides which API requests fail on purpose: the 5xx bursts and 429s of <see cref="FakeServerOptions"/>, and
    /// bursts injected at run time. Every API request counts once, in arrival order.
    /// </summary>
    internal sealed class FaultSchedule
    {
        private readonly FakeServerOptions _options;
        private readonly object _gate = new();
        private long _requests;
        private int _injected;
        private int _injectedStatus;

        public FaultSchedule(FakeServerOptions options) => _options = options;

        public void Inject(int count, int statusCode)
        {
            lock (_gate)
            {
                _injected = count;
                _injectedStatus = statusCode;
            }
        }

        /// <summary>The failure to answer the next API request with, or null to serve it.</summary>
        public FakeResponse? Next()
        {
            long n;
            lock (_gate)
            {
                n = ++_requests;
                if (_injected > 0)
                {
                    _injected--;
                    return ServerError(_injectedStatus);
                }
            }
            if (InBurst(n))
            {
                return ServerError(_options.ServerErrorStatusCode);
            }
            if (_options.RateLimitEvery is { } every && n % every == 0)
            {
                var seconds = (long)Math.Ceiling(_options.RetryAfter.TotalSeconds);
                return FakeResponse.Error(429, StatusInfo.ServerBusy, "Too many requests; retry later.")
                    .WithHeader("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            return null;
        }

        private bool InBurst(long n)
        {
            var burst = _options.ServerErrorBurst;
            if (burst <= 0)
            {
                return false;
            }
            if (_options.ServerErrorEvery is not { } every)
            {
                return n <= burst;
            }
            return n >= every && (n - every) % every < burst;
        }

        private static FakeResponse ServerError(int status) =>
            FakeResponse.Error(status, status == 503 ? StatusInfo.ServerBusy : StatusInfo.InternalServerError, "Injected server error.");
    }
}
