using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Testing.Data;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// The <c>sort</c> and <c>orderBy</c> parameters: a stable sort on one (possibly dotted) field, numbers by value,
    /// everything else by ordinal text, records without the field first.
    /// </summary>
    /// <remarks>Keys are plain values, not JSON tokens, so sorting a million records does not keep a million records alive.</remarks>
    internal readonly struct RecordOrdering : IComparable<RecordOrdering>
    {
        private readonly double? number;
        private readonly string? text;

        private RecordOrdering(double? number, string? text)
        {
            this.number = number;
            this.text = text;
        }

        /// <summary>The sort key of a record: the first non-null value at the field.</summary>
        public static RecordOrdering KeyOf(JObject record, string field)
        {
            var value = RecordFields.Values(record, field).OfType<JValue>().FirstOrDefault(v => v.Type != JTokenType.Null);
            return value switch
            {
                null => default,
                { Type: JTokenType.Integer or JTokenType.Float } => new RecordOrdering(Convert.ToDouble(value.Value, CultureInfo.InvariantCulture), null),
                _ => new RecordOrdering(null, RecordFields.Text(value)),
            };
        }

        /// <summary>Stable sort of items by their keys.</summary>
        public static List<T> Sort<T>(IEnumerable<(T Item, RecordOrdering Key)> keyed, bool descending) =>
            (descending ? keyed.OrderByDescending(k => k.Key) : keyed.OrderBy(k => k.Key)).Select(k => k.Item).ToList();

        public int CompareTo(RecordOrdering other)
        {
            var present = number is not null || text is not null;
            var otherPresent = other.number is not null || other.text is not null;
            if (!present || !otherPresent)
            {
                return (present ? 1 : 0) - (otherPresent ? 1 : 0);
            }
            if (number is { } mine && other.number is { } theirs)
            {
                return mine.CompareTo(theirs);
            }
            return string.CompareOrdinal(text ?? Text(number), other.text ?? Text(other.number));
        }

        private static string Text(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
