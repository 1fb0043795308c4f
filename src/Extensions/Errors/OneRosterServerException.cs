using System;
using OneRoster.Errors;

namespace OneRoster
{
    /// <summary>The provider failed (HTTP 5xx) and kept failing after the configured retries, or the request was not retried (e.g. a POST).</summary>
    public class OneRosterServerException : OneRosterException
    {
        /// <summary>Creates an exception with a message.</summary>
        public OneRosterServerException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with a message and the exception that caused it.</summary>
        public OneRosterServerException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        internal OneRosterServerException(string message, Exception? innerException, ErrorFacts facts)
            : base(message, innerException, facts)
        {
        }
    }
}
