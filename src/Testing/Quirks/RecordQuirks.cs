using System;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Quirks
{
    /// <summary>
    /// Changes records the way non-conforming providers send them (<see cref="FakeServerOptions.JsonBooleans"/>,
    /// <see cref="FakeServerOptions.StringBooleans"/>, <see cref="FakeServerOptions.NonSpecEnums"/>). Applied to each record before filtering, so a filter sees what
    /// the client sees.
    /// </summary>
    internal sealed class RecordQuirks
    {
        private static readonly string[] StringFlags =
        {
            "enabledUser", "primary", "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican",
            "nativeHawaiianOrOtherPacificIslander", "white", "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity",
            "inProgress", "incomplete", "late", "missing",
        };

        // (collection, field, value it replaces or null for any, replacement)
        private static readonly (string Collection, string Field, string? From, string To)[] NonSpecValues =
        {
            (FakeCollections.Classes, "classType", null, "ext:online"),
            (FakeCollections.AcademicSessions, "type", "gradingPeriod", "ext:quarter"),
            (FakeCollections.Results, "scoreStatus", null, "ext:excused"),
            (FakeCollections.AssessmentResults, "scoreStatus", null, "ext:excused"),
            (FakeCollections.Resources, "importance", null, "ext:optional"),
            (FakeCollections.Demographics, "sex", null, "ext:nonbinary"),
        };

        private readonly bool _jsonBooleans;
        private readonly bool _stringBooleans;
        private readonly bool _nonSpecEnums;

        public RecordQuirks(FakeServerOptions options)
        {
            _jsonBooleans = options.JsonBooleans;
            _stringBooleans = options.StringBooleans;
            _nonSpecEnums = options.NonSpecEnums;
        }

        /// <summary>Changes the record in place (it is always a copy).</summary>
        public void Apply(string collection, JObject record)
        {
            if (_nonSpecEnums && IsChosen(record))
            {
                AddNonSpecValues(collection, record);
            }
            if (_jsonBooleans || _stringBooleans)
            {
                RewriteBooleans(record);
            }
        }

        /// <summary>Every third record, chosen by a stable hash of its sourcedId so the same records change on every read.</summary>
        public static bool IsChosen(JObject record)
        {
            var id = record.Value<string>("sourcedId") ?? string.Empty;
            var hash = 17u;
            foreach (var c in id)
            {
                hash = unchecked(hash * 31 + c);
            }
            return hash % 3 == 0;
        }

        private static void AddNonSpecValues(string collection, JObject record)
        {
            if (collection == FakeCollections.Users && record["roles"] is JArray roles)
            {
                roles.Add(new JObject { ["roleType"] = "secondary", ["role"] = "ext:tutor", ["org"] = record["primaryOrg"]?.DeepClone() });
            }
            foreach (var (_, field, from, to) in NonSpecValues.Where(v => v.Collection == collection))
            {
                if (record[field] is JValue value && (from is null || (string?)value == from))
                {
                    record[field] = to;
                }
            }
        }

        /// <summary>Flags to JSON booleans (<see cref="_jsonBooleans"/>) or every JSON boolean to a string.</summary>
        private void RewriteBooleans(JToken token)
        {
            if (token is JObject obj)
            {
                foreach (var property in obj.Properties().ToList())
                {
                    if (property.Value is not JValue value)
                    {
                        RewriteBooleans(property.Value);
                    }
                    else if (_jsonBooleans && value.Type == JTokenType.String && Array.IndexOf(StringFlags, property.Name) >= 0 &&
                        (string?)value is "true" or "false")
                    {
                        property.Value = new JValue((string?)value == "true");
                    }
                    else if (_stringBooleans && value.Type == JTokenType.Boolean)
                    {
                        property.Value = new JValue((bool)value ? "true" : "false");
                    }
                }
            }
            else if (token is JArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    if (_stringBooleans && array[i] is JValue { Type: JTokenType.Boolean } flag)
                    {
                        array[i] = new JValue((bool)flag ? "true" : "false");
                    }
                    else
                    {
                        RewriteBooleans(array[i]);
                    }
                }
            }
        }
    }
}
