using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using OneRoster.Http;
using OneRoster.Rostering;
using OneRoster.Serialization;

namespace OneRoster.Collections
{
    /// <summary>
    /// Reads what providers answer to writes: the 1.2 <c>sourcedIdPairs</c> (a list, or Timeback's single pair), the
    /// created record echoed back (bare or in its envelope), or nothing at all (201 or 204 without a body). A write
    /// that succeeded is a success whatever its body says.
    /// </summary>
    internal static class WriteAnswers
    {
        /// <summary>The sourcedId the provider allocated; null when the answer names none.</summary>
        public static string? AllocatedSourcedId(Answer answer)
        {
            if (answer.ReadTokenOrNull() is not JObject body)
            {
                return null;
            }
            foreach (var pair in PairsOf(body))
            {
                if (Text(pair["allocatedSourcedId"]) is { } allocated)
                {
                    return allocated;
                }
            }
            // The created record instead of pairs: {"user": {"sourcedId": ...}} or the bare record.
            return body.Properties().Select(p => p.Value).OfType<JObject>().Select(o => Text(o["sourcedId"])).FirstOrDefault(id => id is not null)
                ?? Text(body["sourcedId"]);
        }

        /// <summary>The pairs of a batch write (<c>postResultsForLineItem</c>, ...); empty when the answer has none.</summary>
        public static IReadOnlyList<GuidPair> Pairs(Answer answer)
        {
            if (answer.ReadTokenOrNull() is not JObject body)
            {
                return System.Array.Empty<GuidPair>();
            }
            return PairsOf(body).Select(p => p.ToObject<GuidPair>(OneRosterJson.Shared)!).ToList();
        }

        private static IEnumerable<JObject> PairsOf(JObject body) => body["sourcedIdPairs"] switch
        {
            JArray list => list.OfType<JObject>(),
            JObject single => new[] { single },
            _ => Enumerable.Empty<JObject>(),
        };

        private static string? Text(JToken? token) => token is JValue { Type: JTokenType.String } value && ((string?)value) is { Length: > 0 } text ? text : null;
    }
}
