using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The status of a OneRoster record (<c>status</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class RecordStatus : ExtensibleEnum<RecordStatus>
    {
        private RecordStatus(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator RecordStatus?(string? value) => value is null ? null : new(value);

        /// <summary><c>active</c></summary>
        public static RecordStatus Active { get; } = new("active");

        /// <summary><c>tobedeleted</c></summary>
        public static RecordStatus ToBeDeleted { get; } = new("tobedeleted");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<RecordStatus> KnownValues { get; } = new[] { Active, ToBeDeleted };
    }
}
