using System;

namespace OneRoster
{
    /// <summary>
    /// When and how often a failed request is tried again. Retried: HTTP 408, 429, 5xx (except 501), network
    /// failures and per-attempt timeouts, for GET, HEAD, OPTIONS, PUT and DELETE; POST and PATCH only with
    /// <see cref="RetryNonIdempotent"/>. The wait is exponential with jitter from <see cref="BaseDelay"/>, or
    /// exactly what the provider's <c>Retry-After</c> asks for.
    /// </summary>
    public sealed class OneRosterRetryOptions
    {
        /// <summary>Retries after the first attempt (so at most <c>MaxRetries + 1</c> attempts); 0 turns retrying off. Default 3.</summary>
        public int MaxRetries { get; set; } = 3;

        /// <summary>The first backoff delay; later ones grow exponentially, with jitter. Default 1 s.</summary>
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The longest backoff delay (does not shorten a <c>Retry-After</c>). Default 30 s.</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// The longest <c>Retry-After</c> the client waits out. A provider asking for more gets no retry: the call
        /// fails at once with <see cref="Errors.OneRosterRateLimitException.RetryAfter"/> (or a server exception for 503)
        /// so the caller can decide. Default 60 s.
        /// </summary>
        public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>
        /// Retry POST and PATCH too. Off by default: a create whose answer was lost may already have happened,
        /// and sending it again can create a duplicate.
        /// </summary>
        public bool RetryNonIdempotent { get; set; }

        internal OneRosterRetryOptions Clone() => (OneRosterRetryOptions)MemberwiseClone();

        /// <summary>Returns the settings as text.</summary>
        public override string ToString() =>
            $"MaxRetries = {MaxRetries}, BaseDelay = {BaseDelay}, MaxDelay = {MaxDelay}, MaxRetryAfter = {MaxRetryAfter}, RetryNonIdempotent = {RetryNonIdempotent}";
    }
}
