using System;
using System.Collections.Generic;

namespace OneRoster.Errors
{
    /// <summary>
    /// A OneRoster request failed. Every failure of a <see cref="OneRosterClient"/> call surfaces as this type or one
    /// of its subclasses: an error answer from the provider (with the parsed <c>imsx_StatusInfo</c>), a response that
    /// breaks the contract, a timeout, or a network failure. Cancellation by the caller is not a failure and surfaces
    /// as <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <remarks>
    /// What is known about the request and the answer is one immutable <see cref="Info"/>; the properties read from
    /// it. They are init-only so that code under test can raise a realistic instance, e.g.
    /// <c>new OneRosterNotFoundException("gone") { Status = 404, SourcedId = "x" }</c>.
    /// The exception never carries a client secret or an access token, and <see cref="RequestPath"/> has the values of
    /// credential-like query parameters replaced.
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

        internal OneRosterException(string message, Exception? innerException, OneRosterErrorInfo info)
            : base(message, innerException)
        {
            Info = info ?? throw new ArgumentNullException(nameof(info));
        }

        /// <summary>Everything known about the failed request and the provider's answer.</summary>
        public OneRosterErrorInfo Info { get; private set; } = OneRosterErrorInfo.None;

        /// <summary>The HTTP status code of the answer; null when no answer arrived (network failure, timeout).</summary>
        public int? Status { get => Info.Status; init => Info = Info with { Status = value }; }

        /// <summary>The HTTP method of the failed request, e.g. <c>GET</c>; null when unknown.</summary>
        public string? Method { get => Info.Method; init => Info = Info with { Method = value }; }

        /// <summary>
        /// The path and query of the failed request (no host), e.g. <c>/ims/oneroster/rostering/v1p2/users/x</c>,
        /// with the values of credential-like query parameters replaced by <c>***</c>; null when unknown.
        /// </summary>
        public string? RequestPath { get => Info.RequestPath; init => Info = Info with { RequestPath = value }; }

        /// <summary>The <c>X-Request-ID</c> sent with the request (the same on every retry of it); null when unknown.</summary>
        public string? RequestId { get => Info.RequestId; init => Info = Info with { RequestId = value }; }

        /// <summary><c>imsx_codeMajor</c> of the provider's answer, when it sent an <c>imsx_StatusInfo</c>.</summary>
        public CodeMajor? CodeMajor { get => Info.CodeMajor; init => Info = Info with { CodeMajor = value }; }

        /// <summary><c>imsx_severity</c> of the provider's answer, when it sent an <c>imsx_StatusInfo</c>.</summary>
        public Severity? Severity { get => Info.Severity; init => Info = Info with { Severity = value }; }

        /// <summary>
        /// The provider's explanation: <c>imsx_description</c>, or the text of a non-standard error body such as
        /// <c>{"error":"Not found"}</c>; null when the answer had none.
        /// </summary>
        public string? Description { get => Info.Description; init => Info = Info with { Description = value }; }

        /// <summary>The <c>imsx_CodeMinor</c> entries of the answer, in order; empty when there were none.</summary>
        public IReadOnlyList<OneRosterCodeMinor> CodeMinors { get => Info.CodeMinors; init => Info = Info with { CodeMinors = value }; }

        /// <summary>
        /// Timeback's <c>imsx_error_details</c> entries (per-field validation messages) as name/value maps;
        /// empty when the answer had none.
        /// </summary>
        public IReadOnlyList<IReadOnlyDictionary<string, string>> ErrorDetails { get => Info.ErrorDetails; init => Info = Info with { ErrorDetails = value }; }

        /// <summary>The start of the response body (at most 512 characters), for diagnosis; null when there was no body.</summary>
        public string? BodySnippet { get => Info.BodySnippet; init => Info = Info with { BodySnippet = value }; }
    }
}
