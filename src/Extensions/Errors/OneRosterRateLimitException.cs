using System;

namespace OneRoster.Errors
{
    /// <summary>The provider throttled the request (HTTP 429) and it was still throttled after the configured retries, or it asked for a longer wait than <see cref="OneRosterRetryOptions.MaxRetryAfter"/>.</summary>
    public class OneRosterRateLimitException : OneRosterException
    {
        /// <summary>Creates an exception with a message.</summary>
        public OneRosterRateLimitException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with a message and the exception that caused it.</summary>
        public OneRosterRateLimitException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        internal OneRosterRateLimitException(string message, Exception? innerException, OneRosterErrorInfo info)
            : base(message, innerException, info)
        {
        }

        /// <summary>How long the provider asked to wait (its <c>Retry-After</c>, seconds or HTTP-date), or null when it did not say.</summary>
        public TimeSpan? RetryAfter { get; init; }
    }
}
