using System;

namespace OneRoster.Errors
{
    /// <summary>The provider's answer broke the OneRoster contract: a success status with a body that is not the expected JSON, or an expected body that is missing. Retrying does not help; report it to the provider. <see cref="Exception.InnerException"/> holds the parser's error when there was one.</summary>
    public class OneRosterProtocolException : OneRosterException
    {
        /// <summary>Creates an exception with a message.</summary>
        public OneRosterProtocolException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with a message and the exception that caused it.</summary>
        public OneRosterProtocolException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        internal OneRosterProtocolException(string message, Exception? innerException, OneRosterErrorInfo info)
            : base(message, innerException, info)
        {
        }
    }
}
