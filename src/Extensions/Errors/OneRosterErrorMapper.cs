using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using OneRoster.Http;

namespace OneRoster.Errors
{
    /// <summary>Everything known about a failed exchange, gathered from the generated client's exception and the handlers.</summary>
    internal sealed record FailedExchange
    {
        /// <summary>HTTP status; 0 when no answer arrived.</summary>
        public int Status { get; init; }

        public string? Method { get; init; }

        /// <summary>Path and query, already redacted.</summary>
        public string? RequestPath { get; init; }

        public string? RequestId { get; init; }

        /// <summary>Raw response body text, when it could be captured.</summary>
        public string? Body { get; init; }

        public IReadOnlyDictionary<string, IEnumerable<string>>? Headers { get; init; }

        /// <summary>The sourcedId the call was about (reported by a 404).</summary>
        public string? SourcedId { get; init; }

        /// <summary>Why the generated layer gave up (its message, without the body it appends to it).</summary>
        public string? Reason { get; init; }

        /// <summary>The underlying parser or transport error; never the generated ApiException itself.</summary>
        public Exception? Cause { get; init; }
    }

    /// <summary>
    /// The one place where a failed OneRoster exchange becomes an exception: the status chooses the type,
    /// the body fills the <c>imsx_StatusInfo</c> fields, the headers give <c>Retry-After</c>.
    /// </summary>
    internal static class OneRosterErrorMapper
    {
        internal const int MaxSnippetLength = 512;

        /// <summary>An answer arrived: map it by status (a 2xx that failed is a protocol error).</summary>
        public static OneRosterException FromAnswer(FailedExchange exchange, DateTimeOffset now)
        {
            ArgumentNullException.ThrowIfNull(exchange);
            var status = exchange.Status;
            if (status is >= 200 and < 300)
            {
                return Protocol(exchange);
            }

            var body = ErrorBody.Parse(exchange.Body);
            var facts = Facts(exchange, body);
            var cause = exchange.Cause;
            switch (status)
            {
                case 401:
                    return new OneRosterAuthenticationException(
                        Describe(exchange, body, "Check the client credentials and the scopes granted to them."), cause, facts);
                case 403:
                    return new OneRosterForbiddenException(
                        Describe(exchange, body, "The credentials lack the scope or the rights for this operation."), cause, facts);
                case 404:
                    return new OneRosterNotFoundException(Describe(exchange, body, null), cause, facts) { SourcedId = exchange.SourcedId };
                case 400:
                case 422:
                    return new OneRosterValidationException(Describe(exchange, body, null), cause, facts);
                case 429:
                    var retryAfter = exchange.Headers is null ? null : RetryAfter.FromHeaders(exchange.Headers, now);
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

        /// <summary>No answer arrived: the connection failed, or the request timed out.</summary>
        public static OneRosterException WithoutAnswer(FailedExchange exchange, bool timedOut)
        {
            ArgumentNullException.ThrowIfNull(exchange);
            var text = new StringBuilder("OneRoster ").Append(Target(exchange))
                .Append(timedOut ? " timed out before an answer arrived" : " failed before an answer arrived");
            if (exchange.Cause is { } cause)
            {
                text.Append(": ").Append(cause.Message.TrimEnd('.'));
            }
            text.Append('.');
            AppendRequestId(text, exchange.RequestId);
            var facts = Facts(exchange, ErrorBody.Empty);
            return timedOut
                ? new OneRosterTimeoutException(text.ToString(), exchange.Cause, facts)
                : new OneRosterException(text.ToString(), exchange.Cause, facts);
        }

        /// <summary>The first <see cref="MaxSnippetLength"/> characters of a body, or null when there is none.</summary>
        public static string? Snippet(string? body)
        {
            if (string.IsNullOrEmpty(body))
            {
                return null;
            }
            return body.Length <= MaxSnippetLength ? body : string.Concat(body.AsSpan(0, MaxSnippetLength - 3), "...");
        }

        private static OneRosterException Protocol(FailedExchange exchange)
        {
            var text = new StringBuilder("OneRoster ").Append(Target(exchange)).Append(" answered ")
                .Append(exchange.Status).Append(" but the response broke the OneRoster contract: ")
                .Append((exchange.Reason ?? "the body could not be read").TrimEnd('.'));
            if (exchange.Cause is { } cause)
            {
                text.Append(" (").Append(cause.Message.TrimEnd('.')).Append(')');
            }
            text.Append('.');
            AppendRequestId(text, exchange.RequestId);
            return new OneRosterProtocolException(text.ToString(), exchange.Cause, Facts(exchange, ErrorBody.Empty));
        }

        private static ErrorFacts Facts(FailedExchange exchange, ErrorBody body) => new()
        {
            Status = exchange.Status,
            Method = exchange.Method,
            RequestPath = exchange.RequestPath,
            RequestId = exchange.RequestId,
            CodeMajor = body.CodeMajor,
            Severity = body.Severity,
            Description = body.Description,
            CodeMinors = body.CodeMinors,
            ErrorDetails = body.ErrorDetails,
            BodySnippet = Snippet(exchange.Body),
        };

        private static string Describe(FailedExchange exchange, ErrorBody body, string? hint)
        {
            var text = new StringBuilder("OneRoster ").Append(Target(exchange)).Append(" answered ").Append(exchange.Status);
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
            AppendRequestId(text, exchange.RequestId);
            return text.ToString();
        }

        private static string Target(FailedExchange exchange) =>
            $"{exchange.Method ?? "request"} {exchange.RequestPath ?? "(unknown path)"}";

        private static void AppendRequestId(StringBuilder text, string? requestId)
        {
            if (requestId is not null)
            {
                text.Append(" Request id: ").Append(requestId).Append('.');
            }
        }

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
