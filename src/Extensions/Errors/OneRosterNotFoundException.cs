using System;

namespace OneRoster.Errors
{
    /// <summary>The record does not exist (HTTP 404), or the provider does not serve the endpoint.</summary>
    public class OneRosterNotFoundException : OneRosterException
    {
        /// <summary>Creates an exception with a message.</summary>
        public OneRosterNotFoundException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with a message and the exception that caused it.</summary>
        public OneRosterNotFoundException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        internal OneRosterNotFoundException(string message, Exception? innerException, OneRosterErrorInfo info)
            : base(message, innerException, info)
        {
        }

        /// <summary>The sourcedId that was asked for, when the call named one; null for list endpoints.</summary>
        public string? SourcedId { get; init; }
    }
}
