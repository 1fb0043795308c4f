using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>How important a resource is (<c>resource.importance</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class Importance : ExtensibleEnum<Importance>
    {
        private Importance(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator Importance?(string? value) => value is null ? null : new(value);

        /// <summary><c>primary</c></summary>
        public static Importance Primary { get; } = new("primary");

        /// <summary><c>secondary</c></summary>
        public static Importance Secondary { get; } = new("secondary");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<Importance> KnownValues { get; } = new[] { Primary, Secondary };
    }
}
