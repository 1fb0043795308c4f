using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>Who defined a set of learning objective ids (<c>learningObjectiveSet[].source</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class LearningObjectiveSource : ExtensibleEnum<LearningObjectiveSource>
    {
        private LearningObjectiveSource(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator LearningObjectiveSource?(string? value) => value is null ? null : new(value);

        /// <summary><c>case</c></summary>
        public static LearningObjectiveSource Case { get; } = new("case");

        /// <summary><c>unknown</c></summary>
        public static LearningObjectiveSource Unknown { get; } = new("unknown");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<LearningObjectiveSource> KnownValues { get; } = new[] { Case, Unknown };
    }
}
