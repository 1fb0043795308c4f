using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;
using OneRoster.Rostering;

namespace OneRoster.Paging.Records
{
    /// <summary>
    /// Reads a list body's total under the names the provider profile gives (<see cref="OneRosterProvider.TotalFields"/>):
    /// the declared <c>totalCount</c>, or a field the envelope does not declare — the Timeback Platform's <c>total</c> —
    /// which the tolerant reader kept among the envelope's additional properties.
    /// </summary>
    internal static class BodyTotal
    {
        private const string Declared = "totalCount";

        /// <summary>The first of <paramref name="fields"/> the envelope holds as a whole number ≥ 0; null when none.</summary>
        public static long? Of(object? envelope, IReadOnlyList<string> fields)
        {
            if (envelope is not PagedSet set)
            {
                return null;
            }
            foreach (var field in fields)
            {
                if (string.Equals(field, Declared, StringComparison.OrdinalIgnoreCase))
                {
                    if (set.TotalCount is >= 0 and long declared)
                    {
                        return declared;
                    }
                }
                else if (set.AdditionalProperties.TryGetValue(field, out var value) && Number(value) is { } total)
                {
                    return total;
                }
            }
            return null;
        }

        private static long? Number(object? value) => value switch
        {
            JValue token => Number(token.Value),
            long n when n >= 0 => n,
            int n when n >= 0 => n,
            double d when d >= 0 && d <= long.MaxValue && Math.Floor(d) == d => (long)d,
            string text when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
