using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The kind of academic session (<c>academicSession.type</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class SessionType : ExtensibleEnum<SessionType>
    {
        private SessionType(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator SessionType?(string? value) => value is null ? null : new(value);

        /// <summary><c>gradingPeriod</c></summary>
        public static SessionType GradingPeriod { get; } = new("gradingPeriod");

        /// <summary><c>semester</c></summary>
        public static SessionType Semester { get; } = new("semester");

        /// <summary><c>schoolYear</c></summary>
        public static SessionType SchoolYear { get; } = new("schoolYear");

        /// <summary><c>term</c></summary>
        public static SessionType Term { get; } = new("term");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<SessionType> KnownValues { get; } = new[] { GradingPeriod, Semester, SchoolYear, Term };
    }
}
