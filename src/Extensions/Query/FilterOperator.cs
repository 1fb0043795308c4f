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

        /// <summary>
        /// <c>@</c>: the field equals one of the comma-separated values (<c>user.sourcedId@'a,b'</c>), Timeback's in-list
        /// operator; not part of OneRoster 1.2. Write <c>Filter.Field(…).In(…)</c>, which stays portable: the planner
        /// sends its equalities as one <c>@</c> predicate only where <see cref="FilterCapabilities.SupportedOperators"/>
        /// has it.
        /// </summary>
        In,
    }
}
