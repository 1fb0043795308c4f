using System;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// One scalar of a record against a predicate's value, by docs/filtering.md: as numbers when both are numbers
    /// (JSON numbers or numeric text), else as instants when both are dates or date-times, else as ordinal,
    /// case-sensitive text; <c>~</c> is a case-insensitive substring test on the text.
    /// </summary>
    internal static class RecordScalar
    {
        /// <summary>The sign of <paramref name="leaf"/> compared with <paramref name="value"/>.</summary>
        public static int Compare(JValue leaf, PredicateValue value)
        {
            if (value.Number is { } number && NumberOf(leaf) is { } own)
            {
                return own.CompareTo(number);
            }
            if (value.Instant is { } instant && InstantOf(leaf) is { } when)
            {
                return when.CompareTo(instant);
            }
            return string.CompareOrdinal(TextOf(leaf), value.Text);
        }

        public static bool Contains(JValue leaf, PredicateValue value) =>
            TextOf(leaf).Contains(value.Text, StringComparison.OrdinalIgnoreCase);

        private static PlainNumber? NumberOf(JValue leaf) => leaf.Value is string text
            ? PlainNumber.TryRead(text, out var number) ? number : null
            : PlainNumber.Of(leaf.Value);

        private static DateTimeOffset? InstantOf(JValue leaf) => leaf.Value switch
        {
            string text => IsoInstant.TryRead(text, out var instant) ? instant : null,
            DateTimeOffset instant => instant,
            // A date-time without an offset is UTC, as for text.
            DateTime { Kind: DateTimeKind.Unspecified } unzoned => new DateTimeOffset(DateTime.SpecifyKind(unzoned, DateTimeKind.Utc)),
            DateTime zoned => new DateTimeOffset(zoned),
            _ => null,
        };

        /// <summary>The value as the answer's JSON carries it: <c>true</c>, <c>87.5</c>, an ISO date-time without its quotes.</summary>
        private static string TextOf(JValue leaf) => leaf.Type switch
        {
            JTokenType.String => (string)leaf.Value!,
            JTokenType.Boolean or JTokenType.Integer or JTokenType.Float => leaf.ToString(Formatting.None),
            JTokenType.Date => leaf.ToString(Formatting.None).Trim('"'),
            _ => Convert.ToString(leaf.Value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
    }
}
