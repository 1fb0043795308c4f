using System;
using System.Globalization;
using System.Numerics;
using Newtonsoft.Json.Linq;

namespace OneRoster.Query
{
    /// <summary>
    /// Compares one JSON scalar of a record with a predicate's value: as numbers when both read as
    /// numbers, as instants when both read as dates or date-times, otherwise as ordinal text.
    /// </summary>
    /// <remarks>
    /// Providers send the same field as a JSON number or as a numeric string, and dates as dates or
    /// date-times, so the comparison follows what both sides hold rather than the declared type.
    /// </remarks>
    internal static class RecordValueComparison
    {
        /// <summary>
        /// The sign of a scalar of a given JSON type, as <see cref="JValue"/> holds it (<c>Type</c>, <c>Value</c>), compared
        /// with <paramref name="value"/>. A record's CLR values are compared without wrapping each in a <see cref="JValue"/>
        /// (an allocation per value per record).
        /// </summary>
        public static int Compare(JTokenType type, object? scalar, ComparisonValue value)
        {
            switch (type)
            {
                case JTokenType.Integer:
                case JTokenType.Float:
                    if (value.IsNumber)
                    {
                        return NumberOf(scalar).CompareTo(value.Number);
                    }

                    break;
                case JTokenType.Date:
                    if (value.IsInstant)
                    {
                        return InstantOf(scalar).CompareTo(value.Instant);
                    }

                    break;
                case JTokenType.String:
                    string text = (string)scalar!;
                    if (value.IsNumber && ScalarText.TryParseNumber(text, out ScalarText.Number number))
                    {
                        return number.CompareTo(value.Number);
                    }

                    if (value.IsInstant && ScalarText.TryParseInstant(text, out DateTimeOffset instant))
                    {
                        return instant.CompareTo(value.Instant);
                    }

                    return string.CompareOrdinal(text, value.Text);
            }

            return string.CompareOrdinal(TextOf(scalar), value.Text);
        }

        /// <summary>Case-insensitive substring test, the client-side meaning of <c>~</c>.</summary>
        public static bool Contains(object? scalar, ComparisonValue value) =>
            TextOf(scalar).Contains(value.Text, StringComparison.OrdinalIgnoreCase);

        /// <summary>The JSON type <see cref="JValue"/> gives a CLR scalar of a record (string, bool, or a number).</summary>
        public static JTokenType TypeOf(object scalar) => scalar switch
        {
            string => JTokenType.String,
            bool => JTokenType.Boolean,
            int or long => JTokenType.Integer,
            _ => JTokenType.Float,
        };

        private static string TextOf(object? scalar) => scalar switch
        {
            string text => text,
            bool flag => flag ? "true" : "false",
            DateTime dateTime => InstantOf(dateTime).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            null => string.Empty,
            object other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
        };

        private static ScalarText.Number NumberOf(object? value) => value switch
        {
            long integer => new ScalarText.Number((decimal)integer),
            int integer => new ScalarText.Number((decimal)integer),
            decimal exact => new ScalarText.Number(exact),
            double approximate => new ScalarText.Number(approximate),
            // A float field (Result.score) holds the nearest float to what the provider sent: 70.1 is 70.09999847….
            // Its shortest round-trip text is what was sent, so compare that, exactly.
            float single when decimal.TryParse(single.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal sent)
                => new ScalarText.Number(sent),
            float approximate => new ScalarText.Number(approximate),
            BigInteger big => new ScalarText.Number((double)big),
            _ => new ScalarText.Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        };

        private static DateTimeOffset InstantOf(object? value) => value switch
        {
            DateTimeOffset instant => instant,
            DateTime { Kind: DateTimeKind.Unspecified } unspecified => new DateTimeOffset(DateTime.SpecifyKind(unspecified, DateTimeKind.Utc)),
            DateTime dateTime => new DateTimeOffset(dateTime),
            _ => default,
        };
    }
}
