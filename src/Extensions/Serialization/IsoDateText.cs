using System;
using System.Runtime.CompilerServices;

namespace OneRoster.Serialization
{
    /// <summary>
    /// Reads the canonical ISO 8601 shapes almost every provider sends (<c>2025-08-15</c>,
    /// <c>2025-08-01T12:30:00.000Z</c>, <c>…+02:00</c>) without the culture-aware BCL parser, which cost a
    /// fifth of the CPU time of a large user stream. Anything else returns false and the caller falls back to
    /// the BCL; whatever this accepts, the BCL fallback would have read to the same value.
    /// </summary>
    // Read for every record: every method is compiled optimised at once, like the readers' helpers (Utf8Records' remarks).
    internal static class IsoDateText
    {
        /// <summary><c>yyyy-MM-dd</c>, exactly.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool TryParseDate(string text, out DateOnly date)
        {
            date = default;
            if (text.Length != 10 || !TryReadDate(text, out var year, out var month, out var day))
            {
                return false;
            }
            date = new DateOnly(year, month, day);
            return true;
        }

        /// <summary>
        /// <c>yyyy-MM-ddTHH:mm:ss</c>, an optional fraction of 1–7 digits, then <c>Z</c> or <c>±HH:mm</c>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool TryParseInstant(string text, out DateTimeOffset instant)
        {
            instant = default;
            if (text.Length < 20 || text[10] != 'T' || !TryReadDate(text, out var year, out var month, out var day)
                || !TryTwoDigits(text, 11, out var hour) || text[13] != ':'
                || !TryTwoDigits(text, 14, out var minute) || text[16] != ':'
                || !TryTwoDigits(text, 17, out var second)
                || hour > 23 || minute > 59 || second > 59
                // Far-off years can overflow once the offset is applied; the BCL decides those.
                || year < 2 || year > 9998)
            {
                return false;
            }
            var position = 19;
            long fractionTicks = 0;
            if (text[position] == '.')
            {
                var digits = 0;
                position++;
                while (position < text.Length && IsDigit(text[position]))
                {
                    if (++digits > 7)
                    {
                        return false;
                    }
                    fractionTicks = (fractionTicks * 10) + (text[position] - '0');
                    position++;
                }
                if (digits == 0)
                {
                    return false;
                }
                for (var i = digits; i < 7; i++)
                {
                    fractionTicks *= 10;
                }
            }
            if (!TryReadOffset(text, position, out var offset))
            {
                return false;
            }
            instant = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(fractionTicks);
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool TryReadOffset(string text, int position, out TimeSpan offset)
        {
            offset = TimeSpan.Zero;
            var rest = text.Length - position;
            if (rest == 1 && text[position] == 'Z')
            {
                return true;
            }
            if (rest != 6 || (text[position] != '+' && text[position] != '-') || text[position + 3] != ':'
                || !TryTwoDigits(text, position + 1, out var hours) || !TryTwoDigits(text, position + 4, out var minutes)
                || minutes > 59 || hours * 60 + minutes > 14 * 60)
            {
                return false;
            }
            offset = new TimeSpan(hours, minutes, 0);
            if (text[position] == '-')
            {
                offset = offset.Negate();
            }
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool TryReadDate(string text, out int year, out int month, out int day)
        {
            year = month = day = 0;
            if (text[4] != '-' || text[7] != '-'
                || !TryTwoDigits(text, 0, out var century) || !TryTwoDigits(text, 2, out var yearOfCentury)
                || !TryTwoDigits(text, 5, out month) || !TryTwoDigits(text, 8, out day))
            {
                return false;
            }
            year = (century * 100) + yearOfCentury;
            return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool TryTwoDigits(string text, int position, out int value)
        {
            var tens = text[position];
            var ones = text[position + 1];
            value = ((tens - '0') * 10) + (ones - '0');
            return IsDigit(tens) && IsDigit(ones);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool IsDigit(char c) => c is >= '0' and <= '9';
    }
}
