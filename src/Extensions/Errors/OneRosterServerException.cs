using System;

namespace OneRoster.Errors
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

        internal OneRosterServerException(string message, Exception? innerException, OneRosterErrorInfo info)
            : base(message, innerException, info)
        {
        }
    }
}
