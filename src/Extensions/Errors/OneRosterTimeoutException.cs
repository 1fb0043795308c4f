using System;

namespace OneRoster.Errors
{
    /// <summary>No answer arrived in time: the per-attempt timeout (<see cref="OneRosterClientOptions.Timeout"/>) on the last allowed attempt, or the overall timeout (<see cref="OneRosterClientOptions.OverallTimeout"/>). <see cref="OneRosterException.Status"/> is 0.</summary>
    public class OneRosterTimeoutException : OneRosterException
    {
        /// <summary>Creates an exception with a message.</summary>
        public OneRosterTimeoutException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with a message and the exception that caused it.</summary>
        public OneRosterTimeoutException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        internal OneRosterTimeoutException(string message, Exception? innerException, OneRosterErrorInfo info)
            : base(message, innerException, info)
        {
        }
    }
}
