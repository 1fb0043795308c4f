using System;
using System.Collections;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace OneRoster.Serialization
{
    /// <summary>Reads a list that a provider may send as a single object instead of an array.</summary>
    internal sealed class SingleOrListConverter : JsonConverter
    {
        public static SingleOrListConverter Instance { get; } = new();

        public static bool CanConvertType(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);

        public override bool CanConvert(Type objectType) => CanConvertType(objectType);

        public override bool CanWrite => false;

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                return null;
            }
            var itemType = objectType.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(objectType)!;
            if (reader.TokenType != JsonToken.StartArray)
            {
                list.Add(serializer.Deserialize(reader, itemType));
                return list;
            }
            while (reader.Read() && reader.TokenType != JsonToken.EndArray)
            {
                list.Add(serializer.Deserialize(reader, itemType));
            }
            return list;
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
            throw new NotSupportedException();
    }
}
