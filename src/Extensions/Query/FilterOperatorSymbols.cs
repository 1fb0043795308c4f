using System;

namespace OneRoster.Query
{
    /// <summary>The OneRoster 1.2 spelling of each <see cref="FilterOperator"/>.</summary>
    internal static class FilterOperatorSymbols
    {
        /// <summary>Every operator the text format knows, for error messages.</summary>
        public const string Listing = "=, !=, >, >=, <, <=, ~, @";

        public static string ToSymbol(FilterOperator op) => op switch
        {
            FilterOperator.Equal => "=",
            FilterOperator.NotEqual => "!=",
            FilterOperator.GreaterThan => ">",
            FilterOperator.GreaterThanOrEqual => ">=",
            FilterOperator.LessThan => "<",
            FilterOperator.LessThanOrEqual => "<=",
            FilterOperator.Contains => "~",
            FilterOperator.In => "@",
            _ => throw new ArgumentException($"Unknown filter operator {(int)op}; expected one of {Listing}.", nameof(op)),
        };

        public static bool TryParse(ReadOnlySpan<char> symbol, out FilterOperator op)
        {
            switch (symbol)
            {
                case "=": op = FilterOperator.Equal; return true;
                case "!=": op = FilterOperator.NotEqual; return true;
                case ">": op = FilterOperator.GreaterThan; return true;
                case ">=": op = FilterOperator.GreaterThanOrEqual; return true;
                case "<": op = FilterOperator.LessThan; return true;
                case "<=": op = FilterOperator.LessThanOrEqual; return true;
                case "~": op = FilterOperator.Contains; return true;
                case "@": op = FilterOperator.In; return true;
                default: op = default; return false;
            }
        }

        /// <summary>Characters that make up an operator; the parser reads a whole run of them so <c>&lt;&gt;</c> is reported as one unknown operator.</summary>
        public static bool IsOperatorChar(char c) => c is '=' or '!' or '<' or '>' or '~';

        /// <summary>The separator of an in-list value (<c>@'a,b'</c>).</summary>
        public const char InListSeparator = ',';

        public static bool IsDefined(FilterOperator op) => op is >= FilterOperator.Equal and <= FilterOperator.In;
    }
}
