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
        private readonly double? _number;
        private readonly string? _text;

        private RecordOrdering(double? number, string? text)
        {
            _number = number;
            _text = text;
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
            var present = _number is not null || _text is not null;
            var otherPresent = other._number is not null || other._text is not null;
            if (!present || !otherPresent)
            {
                return (present ? 1 : 0) - (otherPresent ? 1 : 0);
            }
            if (_number is { } mine && other._number is { } theirs)
            {
                return mine.CompareTo(theirs);
            }
            return string.CompareOrdinal(_text ?? Text(_number), other._text ?? Text(other._number));
        }

        private static string Text(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
