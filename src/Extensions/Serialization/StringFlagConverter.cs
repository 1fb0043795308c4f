using System;
using System.Globalization;
using Newtonsoft.Json;

namespace OneRoster.Serialization
{
    /// <summary>
    /// The binding's <c>"true"</c>/<c>"false"</c> string flags: a JSON boolean is read as the
    /// lower-case token (Json.NET alone would produce <c>"True"</c>), any string is kept as sent.
    /// </summary>
    internal sealed class StringFlagConverter : JsonConverter
    {
        public static StringFlagConverter Instance { get; } = new();

        public override bool CanConvert(Type objectType) => objectType == typeof(string);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            reader.TokenType switch
            {
                JsonToken.Null => null,
                JsonToken.Boolean => (bool)reader.Value! ? "true" : "false",
                JsonToken.String => (string?)reader.Value,
                JsonToken.Integer or JsonToken.Float => Convert.ToString(reader.Value, CultureInfo.InvariantCulture),
                _ => throw new JsonSerializationException($"Unexpected {reader.TokenType} at {reader.Path}; expected \"true\" or \"false\"."),
            };

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
            writer.WriteValue((string?)value);
    }
}
