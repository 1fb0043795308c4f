using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OneRoster.Sync.Tests.Contract
{
    /// <summary>
    /// A record's JSON as a value: a store keeps the same JSON value it was given, but may give it back with its keys
    /// reordered and spaced (PostgreSQL's jsonb does), so the contract compares canonical forms: keys sorted, compact.
    /// </summary>
    internal static class StoredJson
    {
        public static string Canonical(string json) =>
            Sorted(JToken.Parse(json, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error })).ToString(Formatting.None);

        private static JToken Sorted(JToken token) => token switch
        {
            JObject o => new JObject(o.Properties().OrderBy(p => p.Name, System.StringComparer.Ordinal).Select(p => new JProperty(p.Name, Sorted(p.Value)))),
            JArray a => new JArray(a.Select(Sorted)),
            _ => token.DeepClone(),
        };
    }
}
