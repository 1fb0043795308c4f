using System;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// The free-text <c>search</c> parameter, which OneRoster leaves to the provider: here a case-insensitive
    /// substring match over the name-like fields of any record kind.
    /// </summary>
    internal static class RecordSearch
    {
        public static readonly string[] Fields =
        {
            "givenName", "familyName", "preferredFirstName", "username", "email", "identifier", "name", "title", "classCode", "courseCode",
        };

        public static bool Matches(JObject record, string text)
        {
            foreach (var field in Fields)
            {
                if (record[field] is JValue { Type: JTokenType.String } value &&
                    ((string)value!).Contains(text, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
