using System;

namespace OneRoster.Query
{
    /// <summary>Filter text that <see cref="Filter.Parse"/> cannot read; the message quotes the text with a caret under <see cref="Position"/>.</summary>
    public sealed class FilterParseException : FormatException
    {
        /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="position"/> in <paramref name="filterText"/>.</summary>
        public FilterParseException(string reason, string filterText, int position)
            : base(Describe(reason, filterText, position))
        {
            Reason = reason;
            FilterText = filterText;
            Position = position;
        }

        /// <summary>The zero-based index in <see cref="FilterText"/> where reading failed.</summary>
        public int Position { get; }

        /// <summary>The text that was being read.</summary>
        public string FilterText { get; }

        /// <summary>What was wrong, without the position and excerpt.</summary>
        public string Reason { get; }

        private const int ExcerptRadius = 40;

        private static string Describe(string reason, string text, int position)
        {
            // Long filters are cut around the position so the caret still lines up.
            int start = Math.Max(0, position - ExcerptRadius);
            int end = Math.Min(text.Length, position + ExcerptRadius);
            string prefix = start > 0 ? "..." : string.Empty;
            string suffix = end < text.Length ? "..." : string.Empty;
            string excerpt = prefix + text[start..end] + suffix;
            int caret = prefix.Length + (position - start);
            return $"{reason} (position {position}).{Environment.NewLine}  {excerpt}{Environment.NewLine}  {new string(' ', caret)}^";
        }
    }
}
