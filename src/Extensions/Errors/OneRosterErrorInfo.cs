using System;
using System.Collections.Generic;

namespace OneRoster.Errors
{
    /// <summary>
    /// Everything known about one failed OneRoster request: which request it was and what the provider answered.
    /// Built once, by the library's error mapper, and held by the <see cref="OneRosterException"/> it throws; the
    /// exception's properties read from it. Immutable; never holds a client secret or an access token.
    /// </summary>
    public sealed record OneRosterErrorInfo
    {
        /// <summary>The HTTP status of the answer; null when no answer arrived (network failure, timeout).</summary>
        public int? Status { get; init; }

        /// <summary>The HTTP method of the failed request, e.g. <c>GET</c>; null when unknown.</summary>
        public string? Method { get; init; }

        /// <summary>
        /// The path and query of the failed request (no host), e.g. <c>/ims/oneroster/rostering/v1p2/users/x</c>, with
        /// the values of credential-like query parameters replaced by <c>***</c>; null when unknown.
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

        /// <summary>Timeback's <c>imsx_error_details</c> entries (per-field validation messages); empty when there were none.</summary>
        public IReadOnlyList<IReadOnlyDictionary<string, string>> ErrorDetails { get; init; } = Array.Empty<IReadOnlyDictionary<string, string>>();

        /// <summary>The start of the response body (at most 512 characters), for diagnosis; null when there was no body.</summary>
        public string? BodySnippet { get; init; }

        /// <summary>Nothing known: the details of an exception raised by code under test.</summary>
        public static OneRosterErrorInfo None { get; } = new();
    }
}
