using Newtonsoft.Json.Linq;
using OneRoster.Gradebook;
using OneRoster.Rostering;

namespace OneRoster.Csv.Mapping
{
    /// <summary>
    /// scoreScales.csv requires an org, but the REST score scale has no <c>org</c> property. It travels as the unknown
    /// field <c>org</c> (a GuidRef), which the client keeps in <c>AdditionalProperties</c> and writes back.
    /// </summary>
    internal static class ScoreScaleOrg
    {
        public const string Key = "org";

        public static GuidRef? Get(ScoreScale scale) =>
            scale.AdditionalProperties.TryGetValue(Key, out var value) ? value switch
            {
                GuidRef reference => reference,
                JObject json when json["sourcedId"] is JValue { Type: JTokenType.String } id => new GuidRef { SourcedId = (string?)id, Type = (string?)json["type"] },
                _ => null,
            } : null;

        public static void Set(ScoreScale scale, GuidRef? org)
        {
            if (org is null)
            {
                scale.AdditionalProperties.Remove(Key);
            }
            else
            {
                scale.AdditionalProperties[Key] = org;
            }
        }
    }
}
