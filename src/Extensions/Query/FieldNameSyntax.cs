using System;

namespace OneRoster.Query
{
    /// <summary>
    /// The field names a filter, sort or field selection may name: segments of letters, digits,
    /// <c>_ : - $ @</c>, joined by <c>.</c> for nested fields (<c>org.sourcedId</c>, <c>metadata.ext:grade</c>).
    /// </summary>
    /// <remarks>
    /// Validating names is what keeps a field name from smuggling syntax into the filter text
    /// (<c>role='x' OR status</c> would otherwise become two predicates), so the builder, the
    /// parser and the query share this one rule.
    /// </remarks>
    internal static class FieldNameSyntax
    {
        public static bool IsNameChar(char c) =>
            char.IsLetterOrDigit(c) || c is '_' or ':' or '-' or '$' or '@';

        public static string Validate(string? name, string paramName)
        {
            if (name is null)
            {
                throw new ArgumentNullException(paramName, "A field name is required.");
            }

            string? problem = DescribeProblem(name);
            if (problem is not null)
            {
                throw new ArgumentException($"'{name}' is not a usable field name: {problem}.", paramName);
            }

            return name;
        }

        /// <summary>Why <paramref name="name"/> is not a field name, or null when it is one.</summary>
        public static string? DescribeProblem(ReadOnlySpan<char> name)
        {
            if (name.IsEmpty)
            {
                return "it is empty";
            }

            bool segmentEmpty = true;
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (c == '.')
                {
                    if (segmentEmpty)
                    {
                        return $"the '.' at index {i} has no name before it";
                    }

                    segmentEmpty = true;
                }
                else if (IsNameChar(c))
                {
                    segmentEmpty = false;
                }
                else
                {
                    return $"the character '{c}' at index {i} is not allowed (letters, digits, _ : - $ @, and '.' between nested names)";
                }
            }

            return segmentEmpty ? "it ends with '.'" : null;
        }
    }
}
