using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The major status code of an <c>imsx_StatusInfo</c>. Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class CodeMajor : ExtensibleEnum<CodeMajor>
    {
        private CodeMajor(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator CodeMajor?(string? value) => value is null ? null : new(value);

        /// <summary><c>success</c></summary>
        public static CodeMajor Success { get; } = new("success");

        /// <summary><c>processing</c></summary>
        public static CodeMajor Processing { get; } = new("processing");

        /// <summary><c>failure</c></summary>
        public static CodeMajor Failure { get; } = new("failure");

        /// <summary><c>unsupported</c></summary>
        public static CodeMajor Unsupported { get; } = new("unsupported");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<CodeMajor> KnownValues { get; } = new[] { Success, Processing, Failure, Unsupported };
    }
}
