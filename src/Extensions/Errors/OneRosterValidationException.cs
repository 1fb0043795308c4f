using System;

namespace OneRoster.Errors
{
    /// <summary>The provider rejected the request as invalid (HTTP 400 or 422): a bad filter, sort or field selection, or a record that failed validation. See <see cref="OneRosterException.CodeMinors"/> (e.g. <c>invalid_filter_field</c>) and <see cref="OneRosterException.ErrorDetails"/>.</summary>
    public class OneRosterValidationException : OneRosterException
    {
        /// <summary>Creates an exception with a message.</summary>
        public OneRosterValidationException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with a message and the exception that caused it.</summary>
        public OneRosterValidationException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        internal OneRosterValidationException(string message, Exception? innerException, OneRosterErrorInfo info)
            : base(message, innerException, info)
        {
        }
    }
}
