using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Testing.Data;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// The <c>sort</c> and <c>orderBy</c> parameters: a stable sort on one (possibly dotted) field, numbers by value,
    /// everything else by ordinal text, records without the field first.
    /// </summary>
    internal static class RecordOrdering
    {
        public static List<JObject> Sort(IEnumerable<JObject> records, string field, bool descending)
        {
            var keyed = records.Select(r => (Record: r, Key: Key(r, field)));
            var sorted = descending ? keyed.OrderByDescending(k => k.Key, KeyComparer.Instance) : keyed.OrderBy(k => k.Key, KeyComparer.Instance);
            return sorted.Select(k => k.Record).ToList();
        }

        private static JValue? Key(JObject record, string field) =>
            RecordFields.Values(record, field).OfType<JValue>().FirstOrDefault(v => v.Type != JTokenType.Null);

        private sealed class KeyComparer : IComparer<JValue?>
        {
            public static readonly KeyComparer Instance = new();

            public int Compare(JValue? x, JValue? y)
            {
                if (x is null || y is null)
                {
                    return (x is null ? 0 : 1) - (y is null ? 0 : 1);
                }
                if (IsNumber(x) && IsNumber(y))
                {
                    return Convert.ToDouble(x.Value, System.Globalization.CultureInfo.InvariantCulture)
                        .CompareTo(Convert.ToDouble(y.Value, System.Globalization.CultureInfo.InvariantCulture));
                }
                return string.CompareOrdinal(RecordFields.Text(x), RecordFields.Text(y));
            }

            private static bool IsNumber(JValue value) => value.Type is JTokenType.Integer or JTokenType.Float;
        }
    }
}
