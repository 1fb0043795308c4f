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

            return text[10] is 'T' or 't' or ' '
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out instant);
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
