using System.Text;

namespace OneRoster.Query
{
    /// <summary>Writes a value as a OneRoster quoted literal.</summary>
    /// <remarks>
    /// The spec defines no escape for a quote inside a value. Doubling it (<c>O''Brien</c>) is what
    /// Timeback's own client sends and what SQL-style parsers read; a provider that cannot read it
    /// never receives such a value (the planner evaluates it client-side instead), so doubling is
    /// only ever sent where it keeps the value a value.
    /// </remarks>
    internal static class FilterLiteral
    {
        public static void AppendQuoted(StringBuilder builder, string value)
        {
            builder.Append('\'');
            foreach (char c in value)
            {
                builder.Append(c);
                if (c == '\'')
                {
                    builder.Append('\'');
                }
            }

            builder.Append('\'');
        }
    }
}
