using System;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace OneRoster.Csv.Tests.RoundTrip
{
    /// <summary>
    /// A REST record as the CSV binding carries it — the fields docs/csv.md ("What a bundle cannot carry") lists as
    /// lost are removed, hrefs are compared by path (a loaded fake serves root-relative ones) and line items' assign
    /// and due dates by their date. Everything else must survive the round trip exactly.
    /// </summary>
    internal static class CsvProjection
    {
        /// <summary>REST fields no CSV column carries, per file: (path in the record, why).</summary>
        public static readonly (string File, string Path)[] NotCarried =
        {
            ("academicSessions.csv", "org"),
            ("users.csv", "demographics"),
            ("users.csv", "userProfiles[].app"),
            ("users.csv", "userProfiles[].credentials[].id"),
            ("lineItems.csv", "gradingPeriod"),
            ("scoreScales.csv", "scoreScaleValue[].value"),
            ("scoreScales.csv", "scoreScaleValue[].description"),
        };

        public static JObject Project(string file, JObject record)
        {
            var copy = (JObject)record.DeepClone();
            foreach (var (_, path) in NotCarried.Where(n => n.File == file))
            {
                Remove(copy, path.Split('.'), 0);
            }
            if (file == "lineItems.csv")
            {
                foreach (var name in new[] { "assignDate", "dueDate" })
                {
                    if (copy[name] is JValue { Value: DateTimeOffset at })
                    {
                        copy[name] = at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    }
                    else if (copy[name] is JValue { Value: DateTime time })
                    {
                        copy[name] = time.ToUniversalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
            }
            foreach (var href in copy.Descendants().OfType<JProperty>().Where(p => p.Name == "href").ToList())
            {
                var text = (string?)href.Value;
                href.Value = text is not null && Uri.TryCreate(text, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : text;
            }
            return copy;
        }

        private static void Remove(JToken token, string[] path, int depth)
        {
            var segment = path[depth];
            var isArray = segment.EndsWith("[]", StringComparison.Ordinal);
            var name = isArray ? segment[..^2] : segment;
            if (token is not JObject obj || obj[name] is not { } child)
            {
                return;
            }
            if (depth == path.Length - 1)
            {
                obj.Remove(name);
                return;
            }
            foreach (var item in isArray && child is JArray array ? array.ToArray() : new[] { child })
            {
                Remove(item, path, depth + 1);
            }
        }
    }
}
