using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Data
{
    /// <summary>
    /// Reads dotted field paths (<c>class.sourcedId</c>, <c>roles.org.sourcedId</c>) out of a record, looking
    /// through arrays the way OneRoster relations do: a user is "in" an org when any of its roles names it.
    /// </summary>
    internal static class RecordFields
    {
        public static IEnumerable<JToken> Values(JToken? token, string path)
        {
            var segments = path.Split('.');
            return Walk(token, segments, 0);
        }

        public static bool Matches(JToken record, string path, string value)
        {
            foreach (var found in Values(record, path))
            {
                if (found.Type != JTokenType.Null && string.Equals(Text(found), value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>The first value at the path as text, or null.</summary>
        public static string? First(JToken? record, string path)
        {
            foreach (var found in Values(record, path))
            {
                if (found.Type != JTokenType.Null)
                {
                    return Text(found);
                }
            }
            return null;
        }

        public static string Text(JToken token) =>
            token is JValue { Value: { } v } ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty : token.ToString();

        private static IEnumerable<JToken> Walk(JToken? token, string[] segments, int depth)
        {
            if (token is null)
            {
                yield break;
            }
            if (token is JArray array)
            {
                foreach (var item in array)
                {
                    foreach (var found in Walk(item, segments, depth))
                    {
                        yield return found;
                    }
                }
                yield break;
            }
            if (depth == segments.Length)
            {
                yield return token;
                yield break;
            }
            if (token is JObject obj && obj.TryGetValue(segments[depth], StringComparison.Ordinal, out var child))
            {
                foreach (var found in Walk(child, segments, depth + 1))
                {
                    yield return found;
                }
            }
        }
    }
}
