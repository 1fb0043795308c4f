using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The direction of a sorted list (<c>orderBy</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class SortOrder : ExtensibleEnum<SortOrder>
    {
        private SortOrder(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator SortOrder?(string? value) => value is null ? null : new(value);

        /// <summary><c>asc</c></summary>
        public static SortOrder Ascending { get; } = new("asc");

        /// <summary><c>desc</c></summary>
        public static SortOrder Descending { get; } = new("desc");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<SortOrder> KnownValues { get; } = new[] { Ascending, Descending };
    }
}
