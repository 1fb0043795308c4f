using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The kind of record a reference points at (<c>GUIDRef.type</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class GuidRefType : ExtensibleEnum<GuidRefType>
    {
        private GuidRefType(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator GuidRefType?(string? value) => value is null ? null : new(value);

        /// <summary><c>academicSession</c></summary>
        public static GuidRefType AcademicSession { get; } = new("academicSession");

        /// <summary><c>assessmentLineItem</c></summary>
        public static GuidRefType AssessmentLineItem { get; } = new("assessmentLineItem");

        /// <summary><c>category</c></summary>
        public static GuidRefType Category { get; } = new("category");

        /// <summary><c>class</c></summary>
        public static GuidRefType Class { get; } = new("class");

        /// <summary><c>course</c></summary>
        public static GuidRefType Course { get; } = new("course");

        /// <summary><c>lineItem</c></summary>
        public static GuidRefType LineItem { get; } = new("lineItem");

        /// <summary><c>org</c></summary>
        public static GuidRefType Org { get; } = new("org");

        /// <summary><c>resource</c></summary>
        public static GuidRefType Resource { get; } = new("resource");

        /// <summary><c>scoreScale</c></summary>
        public static GuidRefType ScoreScale { get; } = new("scoreScale");

        /// <summary><c>user</c></summary>
        public static GuidRefType User { get; } = new("user");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<GuidRefType> KnownValues { get; } = new[] { AcademicSession, AssessmentLineItem, Category, Class, Course, LineItem, Org, Resource, ScoreScale, User };
    }
}
