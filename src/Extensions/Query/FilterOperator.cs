namespace OneRoster.Query
{
    /// <summary>A comparison in a OneRoster filter predicate (<c>field&lt;op&gt;'value'</c>).</summary>
    public enum FilterOperator
    {
        /// <summary><c>=</c></summary>
        Equal,

        /// <summary><c>!=</c></summary>
        NotEqual,

        /// <summary><c>&gt;</c></summary>
        GreaterThan,

        /// <summary><c>&gt;=</c></summary>
        GreaterThanOrEqual,

        /// <summary><c>&lt;</c></summary>
        LessThan,

        /// <summary><c>&lt;=</c></summary>
        LessThanOrEqual,

        /// <summary><c>~</c>: the value occurs in the field (case-insensitive when evaluated client-side).</summary>
        Contains,
    }
}
