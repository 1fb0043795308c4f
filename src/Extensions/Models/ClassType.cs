using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The kind of class (<c>class.classType</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class ClassType : ExtensibleEnum<ClassType>
    {
        private ClassType(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator ClassType?(string? value) => value is null ? null : new(value);

        /// <summary><c>homeroom</c></summary>
        public static ClassType Homeroom { get; } = new("homeroom");

        /// <summary><c>scheduled</c></summary>
        public static ClassType Scheduled { get; } = new("scheduled");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<ClassType> KnownValues { get; } = new[] { Homeroom, Scheduled };
    }
}
