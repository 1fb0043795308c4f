using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The grading state of a result (<c>result.scoreStatus</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class ScoreStatus : ExtensibleEnum<ScoreStatus>
    {
        private ScoreStatus(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator ScoreStatus?(string? value) => value is null ? null : new(value);

        /// <summary><c>exempt</c></summary>
        public static ScoreStatus Exempt { get; } = new("exempt");

        /// <summary><c>fully graded</c></summary>
        public static ScoreStatus FullyGraded { get; } = new("fully graded");

        /// <summary><c>not submitted</c></summary>
        public static ScoreStatus NotSubmitted { get; } = new("not submitted");

        /// <summary><c>partially graded</c></summary>
        public static ScoreStatus PartiallyGraded { get; } = new("partially graded");

        /// <summary><c>submitted</c></summary>
        public static ScoreStatus Submitted { get; } = new("submitted");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<ScoreStatus> KnownValues { get; } = new[] { Exempt, FullyGraded, NotSubmitted, PartiallyGraded, Submitted };
    }
}
