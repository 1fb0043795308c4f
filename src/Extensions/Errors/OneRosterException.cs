using System;
using System.Collections.Generic;
using OneRoster.Errors;

namespace OneRoster
{
    /// <summary>
    /// A OneRoster request failed. Every failure of a <see cref="OneRosterClient"/> call surfaces as this type
    /// or one of its subclasses: an error answer from the provider (with the parsed <c>imsx_StatusInfo</c>),
    /// a response that breaks the contract, a timeout, or a network failure. Cancellation by the caller is
    /// not a failure and surfaces as <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <remarks>
    /// The properties are init-only so that code under test can raise a realistic instance, e.g.
    /// <c>new OneRosterNotFoundException("gone") { Status = 404, SourcedId = "x" }</c>.
    /// The exception never carries a client secret or an access token, and <see cref="RequestPath"/> has the
    /// values of credential-like query parameters replaced.
    /// </remarks>
    public class OneRosterException : Exception
    {
        /// <summary>Creates an exception with a message.</summary>
        public OneRosterException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an exception with a message and the exception that caused it.</summary>
        public OneRosterException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        internal OneRosterException(string message, Exception? innerException, ErrorFacts facts)
            : base(message, innerException)
        {
            ArgumentNullException.ThrowIfNull(facts);
            Status = facts.Status;
            Method = facts.Method;
            RequestPath = facts.RequestPath;
            RequestId = facts.RequestId;
            CodeMajor = facts.CodeMajor;
            Severity = facts.Severity;
            Description = facts.Description;
            CodeMinors = facts.CodeMinors;
            ErrorDetails = facts.ErrorDetails;
            BodySnippet = facts.BodySnippet;
        }

        /// <summary>The HTTP status code of the answer, or 0 when no answer arrived (network failure, timeout).</summary>
        public int Status { get; init; }

        /// <summary>The HTTP method of the failed request, e.g. <c>GET</c>; null when unknown.</summary>
        public string? Method { get; init; }

        /// <summary>
        /// The path and query of the failed request (no host), e.g. <c>/ims/oneroster/rostering/v1p2/users/x</c>,
        /// with the values of credential-like query parameters replaced by <c>***</c>; null when unknown.
        /// </summary>
        public string? RequestPath { get; init; }

        /// <summary>The <c>X-Request-ID</c> sent with the request (the same on every retry of it); null when unknown.</summary>
        public string? RequestId { get; init; }

        /// <summary><c>imsx_codeMajor</c> of the provider's answer, when it sent an <c>imsx_StatusInfo</c>.</summary>
        public CodeMajor? CodeMajor { get; init; }

        /// <summary><c>imsx_severity</c> of the provider's answer, when it sent an <c>imsx_StatusInfo</c>.</summary>
        public Severity? Severity { get; init; }

        /// <summary>
        /// The provider's explanation: <c>imsx_description</c>, or the text of a non-standard error body such as
        /// <c>{"error":"Not found"}</c>; null when the answer had none.
        /// </summary>
        public string? Description { get; init; }

        /// <summary>The <c>imsx_CodeMinor</c> entries of the answer, in order; empty when there were none.</summary>
        public IReadOnlyList<OneRosterCodeMinor> CodeMinors { get; init; } = Array.Empty<OneRosterCodeMinor>();

        /// <summary>
        /// Timeback's <c>imsx_error_details</c> entries (per-field validation messages) as name/value maps;
        /// empty when the answer had none.
        /// </summary>
        public IReadOnlyList<IReadOnlyDictionary<string, string>> ErrorDetails { get; init; } =
            Array.Empty<IReadOnlyDictionary<string, string>>();

        /// <summary>The start of the response body (at most 512 characters), for diagnosis; null when there was no body.</summary>
        public string? BodySnippet { get; init; }
    }
}
