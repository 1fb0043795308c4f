using System;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace OneRoster.Serialization
{
    /// <summary>Field rewrites several 1.1 record types share.</summary>
    internal static class OneRoster11Fields
    {
        /// <summary>
        /// A list field sent as one comma-separated string (<c>"grades":"09,10"</c>, as 1.1 CSV exports carry it and
        /// some 1.1 REST providers copy it) becomes the JSON list 1.1 and 1.2 declare.
        /// </summary>
        public static void ListFromText(JObject record, string name)
        {
            if (record[name] is JValue { Type: JTokenType.String } text)
            {
                record[name] = new JArray(((string)text!).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Cast<object>().ToArray());
            }
        }

        /// <summary>A string flag in another case (<c>"TRUE"</c>, <c>"False"</c>) becomes the lower-case token both versions declare.</summary>
        public static void LowerCaseFlag(JObject record, string name)
        {
            if (record[name] is JValue { Type: JTokenType.String } text && (string?)text is { } value && value is not ("true" or "false")
                && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase)))
            {
                record[name] = value.ToLowerInvariant();
            }
        }

        /// <summary>Drops the fields 1.1 does not have, for a body sent to a 1.1 provider.</summary>
        public static void Remove(JObject record, params string[] names)
        {
            foreach (var name in names)
            {
                record.Remove(name);
            }
        }
    }
}
