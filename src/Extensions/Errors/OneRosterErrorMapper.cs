using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OneRoster.Errors
{
    /// <summary>
    /// The one place where a failed OneRoster request becomes an exception and its <see cref="OneRosterErrorInfo"/>:
    /// the status chooses the type, the body fills the <c>imsx_StatusInfo</c> fields. Every exception the library
    /// throws for a provider's answer (or its absence) is built here, from the facts of the request
    /// (the <c>request</c> argument of each method: method, redacted path, request id).
    /// </summary>
    internal static class OneRosterErrorMapper
    {
        internal const int MaxSnippetLength = 512;

        /// <summary>An error answer arrived: map it by status.</summary>
        /// <param name="request">The request's facts (method, redacted path, request id).</param>
        /// <param name="status">The answer's HTTP status.</param>
        /// <param name="bodyText">The answer's body, when it could be read.</param>
        /// <param name="retryAfter">The wait a <c>Retry-After</c> header asked for.</param>
        /// <param name="sourcedId">The sourcedId the call was about (reported by a 404).</param>
        /// <param name="cause">What went wrong underneath, if anything.</param>
        public static OneRosterException FromAnswer(OneRosterErrorInfo request, int status, string? bodyText, TimeSpan? retryAfter, string? sourcedId, Exception? cause = null)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (status is >= 200 and < 300)
            {
                return Protocol(request, status, "the body could not be read", cause);
            }

            var body = ErrorBody.Parse(bodyText);
            var facts = Facts(request, status, body, bodyText);
            var exchange = new Exchange(request, status, sourcedId);
            switch (status)
            {
                case 401:
                    return new OneRosterAuthenticationException(
                        Describe(exchange, body, "Check the client credentials and the scopes granted to them."), cause, facts);
                case 403:
                    return new OneRosterForbiddenException(
                        Describe(exchange, body, "The credentials lack the scope or the rights for this operation."), cause, facts);
                case 404:
                    return new OneRosterNotFoundException(Describe(exchange, body, null), cause, facts) { SourcedId = sourcedId };
                case 400:
                case 422:
                    return new OneRosterValidationException(Describe(exchange, body, null), cause, facts);
                case 429:
                    var hint = retryAfter is { } wait
                        ? $"The provider asked to wait {wait.TotalSeconds:0.###} s."
                        : null;
                    return new OneRosterRateLimitException(Describe(exchange, body, hint), cause, facts) { RetryAfter = retryAfter };
                case >= 500 and < 600:
                    return new OneRosterServerException(Describe(exchange, body, null), cause, facts);
                default:
                    return new OneRosterException(Describe(exchange, body, null), cause, facts);
            }
        }

        /// <summary>No answer arrived: the connection failed, or the request timed out. <see cref="OneRosterException.Status"/> is null.</summary>
        public static OneRosterException WithoutAnswer(OneRosterErrorInfo request, Exception? cause, bool timedOut)
        {
            ArgumentNullException.ThrowIfNull(request);
            var text = new StringBuilder("OneRoster ").Append(Target(request))
                .Append(timedOut ? " timed out before an answer arrived" : " failed before an answer arrived");
            if (cause is not null)
            {
                text.Append(": ").Append(cause.Message.TrimEnd('.'));
            }
            text.Append('.');
            AppendRequestId(text, request.RequestId);
            var facts = request with { Status = null };
            return timedOut
                ? new OneRosterTimeoutException(text.ToString(), cause, facts)
                : new OneRosterException(text.ToString(), cause, facts);
        }

        /// <summary>
        /// A success answer that broke the OneRoster contract (a body that is not the declared JSON, a list holding null,
        /// a read without its record).
        /// </summary>
        /// <param name="request">The request's facts.</param>
        /// <param name="status">The answer's (success) status.</param>
        /// <param name="reason">What is wrong, as the end of a sentence.</param>
        /// <param name="cause">The parser's error, if any.</param>
        public static OneRosterProtocolException Protocol(OneRosterErrorInfo request, int status, string reason, Exception? cause)
        {
            ArgumentNullException.ThrowIfNull(request);
            var text = new StringBuilder("OneRoster ").Append(Target(request)).Append(" answered ")
                .Append(status).Append(" but the response broke the OneRoster contract: ")
                .Append(reason.TrimEnd('.'));
            if (cause is not null)
            {
                text.Append(" (").Append(cause.Message.TrimEnd('.')).Append(')');
            }
            text.Append('.');
            AppendRequestId(text, request.RequestId);
            return new OneRosterProtocolException(text.ToString(), cause, request with { Status = status });
        }

        /// <summary>A success answer without the record the call was for (e.g. a user without demographics).</summary>
        public static OneRosterNotFoundException Missing(OneRosterErrorInfo request, int status, string message, string? sourcedId)
        {
            ArgumentNullException.ThrowIfNull(request);
            var text = new StringBuilder(message);
            AppendRequestId(text, request.RequestId);
            return new OneRosterNotFoundException(text.ToString(), null, request with { Status = status }) { SourcedId = sourcedId };
        }

        /// <summary>
        /// The token endpoint refused or failed: <paramref name="message"/> says why, <paramref name="answer"/> holds what
        /// it answered (already scrubbed of the secret).
        /// </summary>
        public static OneRosterAuthenticationException TokenFailure(
            string message, Exception? cause, OneRosterErrorInfo answer, string? oauthError, string? oauthErrorDescription) =>
            new(message, cause, answer)
            {
                OAuthError = oauthError,
                OAuthErrorDescription = oauthErrorDescription,
                IsTokenEndpointFailure = true,
            };

        /// <summary>
        /// A token failure shared by every call that waited on the same token request, as this call's own exception: the
        /// same type, message and details, with this call's request id.
        /// </summary>
        public static OneRosterAuthenticationException ForCall(OneRosterAuthenticationException shared, string? requestId) =>
            new(shared.Message, shared.InnerException, shared.Info with { RequestId = requestId })
            {
                OAuthError = shared.OAuthError,
                OAuthErrorDescription = shared.OAuthErrorDescription,
                IsTokenEndpointFailure = shared.IsTokenEndpointFailure,
            };

        /// <summary>The first <see cref="MaxSnippetLength"/> characters of a body, or null when there is none.</summary>
        public static string? Snippet(string? body)
        {
            if (string.IsNullOrEmpty(body))
            {
                return null;
            }
            return body.Length <= MaxSnippetLength ? body : string.Concat(body.AsSpan(0, MaxSnippetLength - 3), "...");
        }

        private static OneRosterErrorInfo Facts(OneRosterErrorInfo request, int status, ErrorBody body, string? bodyText) => request with
        {
            Status = status,
            CodeMajor = body.CodeMajor is { } major ? new CodeMajor(major) : (CodeMajor?)null,
            Severity = body.Severity is { } severity ? new Severity(severity) : (Severity?)null,
            Description = body.Description,
            CodeMinors = body.CodeMinors,
            ErrorDetails = body.ErrorDetails,
            BodySnippet = Snippet(bodyText),
        };

        private static string Describe(Exchange exchange, ErrorBody body, string? hint)
        {
            var text = new StringBuilder("OneRoster ").Append(Target(exchange.Request)).Append(" answered ").Append(exchange.Status);
            var reason = ReasonPhrase(exchange.Status);
            if (reason is not null)
            {
                text.Append(' ').Append(reason);
            }
            if (body.Description is { } description)
            {
                text.Append(": ").Append(description.TrimEnd('.'));
            }
            text.Append('.');
            var notes = new List<string>();
            if (body.CodeMinors.Count > 0)
            {
                notes.Add("codeMinor " + string.Join(", ", body.CodeMinors.Select(m => m.Value.Value)));
            }
            if (exchange.Status == 404 && exchange.SourcedId is { } id)
            {
                notes.Add($"sourcedId '{id}'");
            }
            if (notes.Count > 0)
            {
                text.Append(" (").Append(string.Join("; ", notes)).Append(')');
            }
            if (hint is not null)
            {
                text.Append(' ').Append(hint);
            }
            AppendRequestId(text, exchange.Request.RequestId);
            return text.ToString();
        }

        private static string Target(OneRosterErrorInfo request) =>
            $"{request.Method ?? "request"} {request.RequestPath ?? "(unknown path)"}";

        private static void AppendRequestId(StringBuilder text, string? requestId)
        {
            if (requestId is not null)
            {
                text.Append(" Request id: ").Append(requestId).Append('.');
            }
        }

        /// <summary>What <see cref="Describe"/> needs of one error answer.</summary>
        private readonly record struct Exchange(OneRosterErrorInfo Request, int Status, string? SourcedId);

        private static string? ReasonPhrase(int status) => status switch
        {
            400 => "Bad Request",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "Not Found",
            405 => "Method Not Allowed",
            406 => "Not Acceptable",
            408 => "Request Timeout",
            409 => "Conflict",
            410 => "Gone",
            412 => "Precondition Failed",
            413 => "Content Too Large",
            415 => "Unsupported Media Type",
            422 => "Unprocessable Content",
            429 => "Too Many Requests",
            500 => "Internal Server Error",
            501 => "Not Implemented",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            504 => "Gateway Timeout",
            _ => null,
        };
    }
}
