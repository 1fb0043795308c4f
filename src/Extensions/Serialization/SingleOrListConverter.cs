using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using OneRoster.Rostering;

namespace OneRoster.Serialization
{
    /// <summary>
    /// Reads <c>sourcedIdPairs</c>, which the standard answers as a list of pairs and Timeback as a single pair object.
    /// </summary>
    internal sealed class SingleOrListConverter : JsonConverter
    {
        public static SingleOrListConverter Instance { get; } = new();

        public static bool CanConvertType(Type type) => type == typeof(List<GuidPair>);

        public override bool CanConvert(Type objectType) => CanConvertType(objectType);

        public override bool CanWrite => false;

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                return null;
            }
            var list = new List<GuidPair>();
            if (reader.TokenType != JsonToken.StartArray)
            {
                list.Add(serializer.Deserialize<GuidPair>(reader)!);
                return list;
            }
            while (reader.Read() && reader.TokenType != JsonToken.EndArray)
            {
                list.Add(serializer.Deserialize<GuidPair>(reader)!);
            }
            return list;
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
            throw new NotSupportedException();
    }
}
