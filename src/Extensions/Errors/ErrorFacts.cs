using System;
using System.Collections.Generic;

namespace OneRoster.Errors
{
    /// <summary>The fields every <see cref="OneRosterException"/> carries, gathered once by the mapper.</summary>
    internal sealed class ErrorFacts
    {
        public int Status { get; init; }

        public string? Method { get; init; }

        public string? RequestPath { get; init; }

        public string? RequestId { get; init; }

        public CodeMajor? CodeMajor { get; init; }

        public Severity? Severity { get; init; }

        public string? Description { get; init; }

        public IReadOnlyList<OneRosterCodeMinor> CodeMinors { get; init; } = Array.Empty<OneRosterCodeMinor>();

        public IReadOnlyList<IReadOnlyDictionary<string, string>> ErrorDetails { get; init; } =
            Array.Empty<IReadOnlyDictionary<string, string>>();

        public string? BodySnippet { get; init; }
    }
}
