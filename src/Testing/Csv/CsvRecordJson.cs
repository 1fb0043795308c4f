using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OneRoster.Testing.Data;

namespace OneRoster.Testing.Csv
{
    /// <summary>A record read from CSV as the JSON the fake stores: dates in the API's shapes, references with hrefs.</summary>
    internal static class CsvRecordJson
    {
        private const string HrefRoot = "/";

        private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            NullValueHandling = NullValueHandling.Ignore,
            DateFormatString = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
            DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        });

        private static readonly Dictionary<string, string> CollectionByRefType = new(StringComparer.Ordinal)
        {
            ["academicSession"] = FakeCollections.AcademicSessions,
            ["category"] = FakeCollections.Categories,
            ["class"] = FakeCollections.Classes,
            ["course"] = FakeCollections.Courses,
            ["lineItem"] = FakeCollections.LineItems,
            ["org"] = FakeCollections.Orgs,
            ["resource"] = FakeCollections.Resources,
            ["result"] = FakeCollections.Results,
            ["scoreScale"] = FakeCollections.ScoreScales,
            ["user"] = FakeCollections.Users,
        };

        /// <param name="record">A DTO.</param>
        /// <param name="bulkTimestamp">For records of bulk files: the dateLastModified to give them; null for delta files.</param>
        public static JObject ToFakeRecord(object record, string? bulkTimestamp)
        {
            var json = JObject.FromObject(record, Serializer);
            AddHrefs(json);
            if (bulkTimestamp is not null)
            {
                json["status"] ??= "active";
                json["dateLastModified"] ??= bulkTimestamp;
            }
            return json;
        }

        /// <summary>Gives every nested GuidRef (<c>{sourcedId, type}</c>) the href the fake's own records carry.</summary>
        private static void AddHrefs(JToken token)
        {
            if (token is JArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    if (WithHref(array[i]) is { } reference)
                    {
                        array[i] = reference;
                    }
                    else
                    {
                        AddHrefs(array[i]);
                    }
                }
            }
            else if (token is JObject obj)
            {
                foreach (var property in obj.Properties())
                {
                    if (WithHref(property.Value) is { } reference)
                    {
                        property.Value = reference;
                    }
                    else
                    {
                        AddHrefs(property.Value);
                    }
                }
            }
        }

        private static JObject? WithHref(JToken token) =>
            token is JObject { Count: 2 } reference && reference["sourcedId"] is JValue { Type: JTokenType.String } id &&
            reference["type"] is JValue { Type: JTokenType.String } type && CollectionByRefType.TryGetValue((string)type!, out var collection)
                ? EntityKind.Of(collection).RefTo(HrefRoot, (string)id!)
                : null;
    }
}
