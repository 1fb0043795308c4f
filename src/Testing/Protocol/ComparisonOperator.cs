namespace OneRoster.Testing.Protocol
{
    /// <summary>The seven comparisons of the 1.2 filter grammar, and Timeback's in-list.</summary>
    internal enum ComparisonOperator
    {
        /// <summary><c>=</c></summary>
        Equal,

        /// <summary><c>!=</c>: the field is present and no value of it equals.</summary>
        NotEqual,

        /// <summary><c>&gt;</c></summary>
        Greater,

        /// <summary><c>&gt;=</c></summary>
        GreaterOrEqual,

        /// <summary><c>&lt;</c></summary>
        Less,

        /// <summary><c>&lt;=</c></summary>
        LessOrEqual,

        /// <summary><c>~</c>: contains, ignoring case.</summary>
        Contains,

        /// <summary><c>@</c>: equals one of the comma-separated values (Timeback's in-list, not part of 1.2).</summary>
        InList,
    }
}
