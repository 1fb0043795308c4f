namespace OneRoster.Query
{
    /// <summary>How the operands of a <see cref="LogicalFilter"/> combine.</summary>
    public enum LogicalOperator
    {
        /// <summary><c>AND</c>: every operand holds. Binds tighter than <see cref="Or"/>.</summary>
        And,

        /// <summary><c>OR</c>: at least one operand holds.</summary>
        Or,
    }
}
