using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>A minor status code of an <c>imsx_StatusInfo</c> (<c>imsx_codeMinorFieldValue</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class CodeMinorValue : ExtensibleEnum<CodeMinorValue>
    {
        private CodeMinorValue(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator CodeMinorValue?(string? value) => value is null ? null : new(value);

        /// <summary><c>fullsuccess</c></summary>
        public static CodeMinorValue FullSuccess { get; } = new("fullsuccess");

        /// <summary><c>invalid_filter_field</c></summary>
        public static CodeMinorValue InvalidFilterField { get; } = new("invalid_filter_field");

        /// <summary><c>invalid_selection_field</c></summary>
        public static CodeMinorValue InvalidSelectionField { get; } = new("invalid_selection_field");

        /// <summary><c>invalid_sort_field</c></summary>
        public static CodeMinorValue InvalidSortField { get; } = new("invalid_sort_field");

        /// <summary><c>invaliddata</c></summary>
        public static CodeMinorValue InvalidData { get; } = new("invaliddata");

        /// <summary><c>unauthorisedrequest</c></summary>
        public static CodeMinorValue UnauthorisedRequest { get; } = new("unauthorisedrequest");

        /// <summary><c>forbidden</c></summary>
        public static CodeMinorValue Forbidden { get; } = new("forbidden");

        /// <summary><c>server_busy</c></summary>
        public static CodeMinorValue ServerBusy { get; } = new("server_busy");

        /// <summary><c>unknownobject</c></summary>
        public static CodeMinorValue UnknownObject { get; } = new("unknownobject");

        /// <summary><c>deletefailure</c></summary>
        public static CodeMinorValue DeleteFailure { get; } = new("deletefailure");

        /// <summary><c>internal_server_error</c></summary>
        public static CodeMinorValue InternalServerError { get; } = new("internal_server_error");

        /// <summary><c>unsupported</c></summary>
        public static CodeMinorValue Unsupported { get; } = new("unsupported");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<CodeMinorValue> KnownValues { get; } = new[] { FullSuccess, InvalidFilterField, InvalidSelectionField, InvalidSortField, InvalidData, UnauthorisedRequest, Forbidden, ServerBusy, UnknownObject, DeleteFailure, InternalServerError, Unsupported };
    }
}
