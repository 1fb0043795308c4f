using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OneRoster.Cli.Output
{
    /// <summary>
    /// Which columns a table or CSV shows, and the text of a column for a record. Columns are dotted paths into the
    /// record's JSON (<c>course.sourcedId</c>); an array on the way contributes each element (<c>roles.role</c>).
    /// </summary>
    internal static class RecordColumns
    {
        private static readonly Dictionary<string, string[]> Defaults = new(StringComparer.Ordinal)
        {
            ["User"] = new[] { "sourcedId", "status", "givenName", "familyName", "roles.role", "email" },
            ["Org"] = new[] { "sourcedId", "status", "name", "type", "identifier" },
            ["Class"] = new[] { "sourcedId", "status", "title", "classCode", "classType", "course.sourcedId" },
            ["Course"] = new[] { "sourcedId", "status", "title", "courseCode", "org.sourcedId" },
            ["CourseComponent"] = new[] { "sourcedId", "status", "title", "course.sourcedId", "parent.sourcedId", "sortOrder" },
            ["ComponentResource"] = new[] { "sourcedId", "status", "title", "courseComponent.sourcedId", "resource.sourcedId" },
            ["AcademicSession"] = new[] { "sourcedId", "status", "title", "type", "startDate", "endDate" },
            ["Enrollment"] = new[] { "sourcedId", "status", "role", "user.sourcedId", "class.sourcedId", "primary" },
            ["Demographics"] = new[] { "sourcedId", "status", "sex", "birthDate" },
            ["LineItem"] = new[] { "sourcedId", "status", "title", "class.sourcedId", "dueDate" },
            ["Result"] = new[] { "sourcedId", "status", "lineItem.sourcedId", "student.sourcedId", "score", "scoreStatus" },
            ["Category"] = new[] { "sourcedId", "status", "title", "weight" },
            ["ScoreScale"] = new[] { "sourcedId", "status", "title", "type" },
            ["AssessmentLineItem"] = new[] { "sourcedId", "status", "title" },
            ["AssessmentResult"] = new[] { "sourcedId", "status", "assessmentLineItem.sourcedId", "student.sourcedId", "score", "scoreStatus" },
            ["Resource"] = new[] { "sourcedId", "status", "title", "vendorResourceId", "importance" },
        };

        public static IReadOnlyList<string> For(string recordType, IReadOnlyList<string> fields) =>
            fields.Count > 0 ? fields : Defaults.TryGetValue(recordType, out var columns) ? columns : new[] { "sourcedId", "status" };

        /// <summary>The column's text: scalars as JSON writes them (without quotes), several values joined by ", ".</summary>
        public static string Text(JObject record, string path)
        {
            var values = new List<JToken>();
            Collect(record, path.Split('.'), 0, values);
            return string.Join(", ", values.Select(Scalar));
        }

        private static void Collect(JToken token, string[] segments, int index, List<JToken> values)
        {
            if (token is JArray array)
            {
                foreach (var item in array)
                {
                    Collect(item, segments, index, values);
                }
                return;
            }
            if (index == segments.Length)
            {
                if (token.Type is not JTokenType.Null and not JTokenType.Undefined)
                {
                    values.Add(token);
                }
                return;
            }
            if (token is JObject obj && obj.TryGetValue(segments[index], StringComparison.Ordinal, out var child))
            {
                Collect(child, segments, index + 1, values);
            }
        }

        /// <summary>A value's text in a cell: strings without quotes, dates as ISO 8601, objects and arrays as compact JSON.</summary>
        public static string Scalar(JToken token) => token switch
        {
            JValue { Value: null } => string.Empty,
            JValue { Value: string text } => text,
            JValue { Value: DateTimeOffset instant } => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            JValue { Value: DateTime time } => time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture),
            JValue { Value: bool flag } => flag ? "true" : "false",
            JValue { Value: IFormattable number } => number.ToString(null, CultureInfo.InvariantCulture),
            _ => token.ToString(Formatting.None),
        };
    }
}
