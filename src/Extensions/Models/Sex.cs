using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The sex recorded in demographics (<c>demographics.sex</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class Sex : ExtensibleEnum<Sex>
    {
        private Sex(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator Sex?(string? value) => value is null ? null : new(value);

        /// <summary><c>male</c></summary>
        public static Sex Male { get; } = new("male");

        /// <summary><c>female</c></summary>
        public static Sex Female { get; } = new("female");

        /// <summary><c>unspecified</c></summary>
        public static Sex Unspecified { get; } = new("unspecified");

        /// <summary><c>other</c></summary>
        public static Sex Other { get; } = new("other");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<Sex> KnownValues { get; } = new[] { Male, Female, Unspecified, Other };
    }
}
