using System;

namespace OneRoster.Errors
{
    /// <summary>The provider refused the request for these credentials (HTTP 403): the token is valid but lacks the scope or the rights for this record or operation.</summary>
    public class OneRosterForbiddenException : OneRosterException
    {
        /// <summary>Creates an exception with a message.</summary>
        public OneRosterForbiddenException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with a message and the exception that caused it.</summary>
        public OneRosterForbiddenException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        internal OneRosterForbiddenException(string message, Exception? innerException, OneRosterErrorInfo info)
            : base(message, innerException, info)
        {
        }
    }
}
