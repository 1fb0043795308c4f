using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OneRoster.Csv.Mapping
{
    /// <summary>The binding's text formats, written exactly and read with the tolerance real exports need.</summary>
    internal static class CsvText
    {
        private const string DateFormat = "yyyy-MM-dd";
        private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

        public static string? Date(DateOnly? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture);

        /// <summary>The UTC calendar date of a date-time (line items' assign and due dates are dates in CSV).</summary>
        public static string? Date(DateTimeOffset? value) => value?.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

        public static string? Timestamp(DateTimeOffset? value) => value?.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

        /// <summary><c>YYYY-MM-DD</c>, or (as providers send) a date-time, whose UTC date is taken.</summary>
        public static bool TryDate(string text, out DateOnly value)
        {
            if (IsExactDate(text))
            {
                return DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
            }
            if (text.Length > 10 && text[10] == 'T' && TryTimestamp(text, out var timestamp))
            {
                value = DateOnly.FromDateTime(timestamp.UtcDateTime);
                return true;
            }
            value = default;
            return false;
        }

        /// <summary>A date as midnight UTC, or a full ISO 8601 date-time kept as it is.</summary>
        public static bool TryDateOrTimestamp(string text, out DateTimeOffset value)
        {
            if (IsExactDate(text) && DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                value = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                return true;
            }
            return TryTimestamp(text, out value);
        }

        /// <summary>
        /// Any ISO 8601 date-time with a time and an offset or <c>Z</c> (1.2.1 requires <c>.sssZ</c>; the validator says so,
        /// the reader takes what maps), normalised to UTC. A date alone is midnight UTC (1.1 exports write dates here).
        /// </summary>
        public static bool TryTimestamp(string text, out DateTimeOffset value)
        {
            if (IsExactDate(text) && DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                value = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                return true;
            }
            if (text.Length >= 19 && text[10] == 'T' &&
                DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value))
            {
                value = value.ToUniversalTime();
                return true;
            }
            value = default;
            return false;
        }

        /// <summary>Exactly <c>YYYY-MM-DDTHH:MM:SS.sssZ</c>, as 1.2.1 requires.</summary>
        public static bool IsExactTimestamp(string text) =>
            text.Length == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[19] == '.' && text[23] == 'Z' &&
            Digits(text, 0, 4) && Digits(text, 5, 2) && Digits(text, 8, 2) && Digits(text, 11, 2) && Digits(text, 14, 2) && Digits(text, 17, 2) && Digits(text, 20, 3) &&
            DateTimeOffset.TryParseExact(text, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

        public static bool IsExactDate(string text) =>
            text.Length == 10 && text[4] == '-' && text[7] == '-' && Digits(text, 0, 4) && Digits(text, 5, 2) && Digits(text, 8, 2) &&
            DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        public static bool IsYear(string text) => text.Length == 4 && Digits(text, 0, 4);

        public static bool IsInteger(string text)
        {
            var start = text.StartsWith('-') ? 1 : 0;
            return text.Length > start && Digits(text, start, text.Length - start);
        }

        /// <summary>A decimal number: optional sign, digits, optional fraction; no exponent, no thousands separators.</summary>
        public static bool IsDecimal(string text)
        {
            var i = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
            var digits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
                digits++;
            }
            if (i < text.Length && text[i] == '.')
            {
                i++;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                    digits++;
                }
            }
            return digits > 0 && i == text.Length;
        }

        public static bool TryFloat(string text, out float value) =>
            float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && float.IsFinite(value);

        /// <summary>The shortest text that reads back as the same float, with a fraction when whole (<c>100.0</c>, as the binding shows).</summary>
        public static string? Float(float? value)
        {
            if (value is not { } number)
            {
                return null;
            }
            var text = number.ToString("R", CultureInfo.InvariantCulture);
            return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
        }

        /// <summary>A float as the binding's integer when it is whole (<c>20</c>), else its decimal text (which the validator reports).</summary>
        public static string? Integer(float? value)
        {
            if (value is not { } number)
            {
                return null;
            }
            return number == MathF.Round(number) && MathF.Abs(number) < 1e9f
                ? ((long)number).ToString(CultureInfo.InvariantCulture)
                : number.ToString("R", CultureInfo.InvariantCulture);
        }

        /// <summary>True for the binding's sourcedId syntax: 1–255 of <c>0-9 A-Z a-z . - _ / @</c>.</summary>
        public static bool IsGuid(string text)
        {
            if (text.Length is 0 or > 255)
            {
                return false;
            }
            foreach (var c in text)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/' or '@'))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>The items of a list field, trimmed; empty items are left out (the validator reports them).</summary>
        public static List<string> Split(string text)
        {
            var items = new List<string>();
            foreach (var part in text.Split(','))
            {
                var item = part.Trim();
                if (item.Length > 0)
                {
                    items.Add(item);
                }
            }
            return items;
        }

        /// <summary>Items joined with commas; null for no items. An item holding a comma cannot be written.</summary>
        public static string? Join(IEnumerable<string?>? items)
        {
            if (items is null)
            {
                return null;
            }
            StringBuilder? text = null;
            foreach (var item in items)
            {
                if (string.IsNullOrEmpty(item))
                {
                    continue;
                }
                if (item.Contains(',', StringComparison.Ordinal))
                {
                    throw new UnrepresentableValueException($"The list item '{item}' holds a comma, which a CSV list cannot carry.");
                }
                text = text is null ? new StringBuilder(item) : text.Append(',').Append(item);
            }
            return text?.ToString();
        }

        /// <summary>Splits <c>{left:right}</c> at its first colon.</summary>
        public static bool TryPair(string item, out string left, out string right)
        {
            left = right = string.Empty;
            if (item.Length < 3 || item[0] != '{' || item[^1] != '}')
            {
                return false;
            }
            var colon = item.IndexOf(':', 1);
            if (colon < 0 || colon == item.Length - 1)
            {
                return false;
            }
            left = item[1..colon];
            right = item[(colon + 1)..^1];
            return left.Length > 0 && right.Length > 0;
        }

        public static string Pair(string? left, string? right) => "{" + left + ":" + right + "}";

        private static bool Digits(string text, int start, int count)
        {
            for (var i = start; i < start + count; i++)
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    return false;
                }
            }
            return true;
        }
    }
}
