using System;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// Reads the spec's <c>date</c> (<c>yyyy-MM-dd</c>, taken as midnight UTC) and <c>date-time</c> (ISO 8601 /
    /// RFC 3339: <c>yyyy-MM-ddTHH:mm[:ss[.fraction]]</c> then <c>Z</c>, <c>±HH:mm</c>, <c>±HHmm</c>, <c>±HH</c> or nothing
    /// for UTC; <c>t</c> or a space may stand for <c>T</c>). Written by hand so that exactly this profile counts as a
    /// date, whatever the culture or the BCL's lenient parser would also accept.
    /// </summary>
    internal static class IsoInstant
    {
        public static bool TryRead(string text, out DateTimeOffset instant)
        {
            instant = default;
            if (text.Length < 10 || text[4] != '-' || text[7] != '-'
                || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
                || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }
            if (text.Length == 10)
            {
                instant = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
                return true;
            }
            if (text[10] is not ('T' or 't' or ' ') || text.Length < 16 || text[13] != ':'
                || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || hour > 23 || minute > 59)
            {
                return false;
            }
            var at = 16;
            var second = 0;
            long ticks = 0;
            if (at < text.Length && text[at] == ':')
            {
                if (!Digits(text, at + 1, 2, out second) || second > 59)
                {
                    return false;
                }
                at += 3;
                if (at < text.Length && text[at] is '.' or ',')
                {
                    var first = ++at;
                    for (; at < text.Length && char.IsAsciiDigit(text[at]); at++)
                    {
                        // Ticks are 100 ns: digits past the seventh are below what an instant holds.
                        if (at - first < 7)
                        {
                            ticks = ticks * 10 + (text[at] - '0');
                        }
                    }
                    if (at == first)
                    {
                        return false;
                    }
                    for (var place = at - first; place < 7; place++)
                    {
                        ticks *= 10;
                    }
                }
            }
            if (!TryOffset(text, at, out var offset))
            {
                return false;
            }
            try
            {
                instant = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                // 0001-01-01T00:00+01:00 and the like fall outside what DateTimeOffset holds.
                return false;
            }
        }

        private static bool TryOffset(string text, int at, out TimeSpan offset)
        {
            offset = TimeSpan.Zero;
            var rest = text.Length - at;
            if (rest == 0)
            {
                return true;
            }
            if (text[at] is 'Z' or 'z')
            {
                return rest == 1;
            }
            if (text[at] is not ('+' or '-') || !Digits(text, at + 1, 2, out var hours))
            {
                return false;
            }
            var minutes = 0;
            var valid = rest switch
            {
                3 => true,
                5 => Digits(text, at + 3, 2, out minutes),
                6 => text[at + 3] == ':' && Digits(text, at + 4, 2, out minutes),
                _ => false,
            };
            if (!valid || hours > 14 || minutes > 59)
            {
                return false;
            }
            offset = new TimeSpan(hours, minutes, 0);
            if (text[at] == '-')
            {
                offset = -offset;
            }
            return offset <= TimeSpan.FromHours(14);
        }

        private static bool Digits(string text, int start, int count, out int value)
        {
            value = 0;
            if (start + count > text.Length)
            {
                return false;
            }
            for (var i = start; i < start + count; i++)
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    return false;
                }
                value = value * 10 + (text[i] - '0');
            }
            return true;
        }
    }
}
