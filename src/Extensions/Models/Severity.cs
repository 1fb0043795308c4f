using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The severity of an <c>imsx_StatusInfo</c>. Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class Severity : ExtensibleEnum<Severity>
    {
        private Severity(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator Severity?(string? value) => value is null ? null : new(value);

        /// <summary><c>status</c></summary>
        public static Severity Status { get; } = new("status");

        /// <summary><c>warning</c></summary>
        public static Severity Warning { get; } = new("warning");

        /// <summary><c>error</c></summary>
        public static Severity Error { get; } = new("error");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<Severity> KnownValues { get; } = new[] { Status, Warning, Error };
    }
}
