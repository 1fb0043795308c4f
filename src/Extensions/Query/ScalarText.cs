using System;
using System.Globalization;

namespace OneRoster.Query
{
    /// <summary>
    /// Reads numbers and dates out of filter and record text. Cheap character checks come first so
    /// the common case (a name, an id) costs no parse attempt; no regular expressions.
    /// </summary>
    internal static class ScalarText
    {
        private const NumberStyles PlainNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

        /// <summary>A plain decimal number (<c>-12.5</c>); no exponent, grouping or surrounding spaces, so ids like <c>1e5</c> stay text.</summary>
        public static bool TryParseNumber(string text, out Number number)
        {
            number = default;
            if (text.Length == 0 || !(char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.'))
            {
                return false;
            }

            if (decimal.TryParse(text, PlainNumber, CultureInfo.InvariantCulture, out decimal exact))
            {
                number = new Number(exact);
                return true;
            }

            // Too many digits for decimal: still a number, compared approximately.
            if (double.TryParse(text, PlainNumber, CultureInfo.InvariantCulture, out double approximate))
            {
                number = new Number(approximate);
                return true;
            }

            return false;
        }

        /// <summary>
        /// A spec <c>date</c> (<c>yyyy-MM-dd</c>, taken as midnight UTC, the library's reading of a
        /// date sent where a date-time is declared) or <c>date-time</c> (ISO 8601; no offset means UTC).
        /// </summary>
        public static bool TryParseInstant(string text, out DateTimeOffset instant)
        {
            instant = default;
            if (text.Length < 10 || text[4] != '-' || text[7] != '-' || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[9]))
            {
                return false;
            }

            if (text.Length == 10)
            {
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
                {
                    instant = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                    return true;
                }

                return false;
            }

            // Only the ISO 8601 / RFC 3339 profile: the BCL's lenient parser would also read "2024-05-01 1:45 PM".
            return text[10] is 'T' or 't' or ' '
                && DateTimeOffset.TryParseExact(IsoForm(text), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
        }

        /// <summary>
        /// <c>yyyy-MM-ddTHH:mm</c>, then optionally <c>:ss</c> and a fraction of up to seven digits, then <c>Z</c>, an
        /// offset <c>±HH:mm</c> or nothing (UTC); <see cref="IsoForm"/> brings the other spellings RFC 3339 allows to these.
        /// </summary>
        private static readonly string[] DateTimeFormats =
        {
            "yyyy'-'MM'-'dd'T'HH':'mmK",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ssK",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fK",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffK",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffK",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffK",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffK",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffffK",
            "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
        };

        /// <summary>
        /// The same instant in the spelling <see cref="DateTimeFormats"/> reads: <c>T</c> for <c>t</c> or a space,
        /// <c>Z</c> for <c>z</c>, a point for a comma, digits past the seventh of a fraction dropped (an instant holds
        /// 100 ns), and <c>±HH</c> or <c>±HHmm</c> offsets written <c>±HH:mm</c>.
        /// </summary>
        private static string IsoForm(string text)
        {
            var chars = new System.Text.StringBuilder(text.Length + 3).Append(text, 0, 10).Append('T');
            var at = 11;
            while (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] == ':'))
            {
                chars.Append(text[at++]);
            }
            if (at < text.Length && text[at] is '.' or ',')
            {
                chars.Append('.');
                for (var digits = 1; ++at < text.Length && char.IsAsciiDigit(text[at]); digits++)
                {
                    if (digits <= 7)
                    {
                        chars.Append(text[at]);
                    }
                }
            }
            var offset = text.AsSpan(at);
            if (offset.Length == 1 && offset[0] == 'z')
            {
                return chars.Append('Z').ToString();
            }
            if (offset.Length is 3 or 5 && offset[0] is '+' or '-' && char.IsAsciiDigit(offset[1]) && char.IsAsciiDigit(offset[2]))
            {
                chars.Append(offset[..3]).Append(':');
                return (offset.Length == 3 ? chars.Append("00") : chars.Append(offset[3..])).ToString();
            }
            return chars.Append(offset).ToString();
        }

        /// <summary>A number that is exact (decimal) when it fits, approximate (double) otherwise.</summary>
        internal readonly struct Number
        {
            private readonly decimal _exact;
            private readonly double _approximate;
            private readonly bool _isExact;

            public Number(decimal exact)
            {
                _exact = exact;
                _approximate = (double)exact;
                _isExact = true;
            }

            public Number(double approximate)
            {
                _exact = default;
                _approximate = approximate;
                _isExact = false;
            }

            public int CompareTo(Number other) =>
                _isExact && other._isExact ? _exact.CompareTo(other._exact) : _approximate.CompareTo(other._approximate);
        }
    }
}
