using System;

namespace OneRoster.Errors
{
    /// <summary>Authentication failed: the token endpoint refused the client credentials (or could not be reached), or the API answered 401 even with a freshly fetched token. The message and properties never contain the client secret or a token.</summary>
    public class OneRosterAuthenticationException : OneRosterException
    {
        /// <summary>Creates an exception with a message.</summary>
        public OneRosterAuthenticationException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with a message and the exception that caused it.</summary>
        public OneRosterAuthenticationException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        internal OneRosterAuthenticationException(string message, Exception? innerException, OneRosterErrorInfo info)
            : base(message, innerException, info)
        {
        }

        /// <summary>The OAuth 2.0 <c>error</c> code from the token endpoint, e.g. <c>invalid_client</c>; null when the failure was not an OAuth error answer.</summary>
        public string? OAuthError { get; init; }

        /// <summary>The OAuth 2.0 <c>error_description</c> from the token endpoint, when it sent one.</summary>
        public string? OAuthErrorDescription { get; init; }

        /// <summary>True when the failure came from the token endpoint rather than from the OneRoster API.</summary>
        public bool IsTokenEndpointFailure { get; init; }
    }
}
