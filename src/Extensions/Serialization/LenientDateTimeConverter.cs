using System;
using System.Globalization;
using Newtonsoft.Json;

namespace OneRoster.Serialization
{
    /// <summary>
    /// Reads an instant (<c>format: date-time</c>), keeping the offset the provider wrote. A bare
    /// date where a date-time is declared is read as midnight UTC. Writes ISO 8601 with the
    /// original offset (<c>Z</c> for UTC) and no more fraction digits than needed.
    /// </summary>
    internal sealed class LenientDateTimeConverter : JsonConverter
    {
        private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
        private const string OffsetFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

        public static LenientDateTimeConverter Instance { get; } = new();

        public override bool CanConvert(Type objectType) =>
            objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            switch (reader.TokenType)
            {
                case JsonToken.Null:
                    return objectType == typeof(DateTimeOffset) ? throw Invalid(reader, "null") : null;
                case JsonToken.Date when reader.Value is DateTimeOffset offset:
                    return offset;
                case JsonToken.Date when reader.Value is DateTime dateTime:
                    return new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc));
                case JsonToken.String:
                    var text = (string?)reader.Value;
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        return objectType == typeof(DateTimeOffset?) ? null : throw Invalid(reader, text);
                    }
                    if (IsoDateText.TryParseInstant(text, out var instant))
                    {
                        return instant;
                    }
                    if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                    }
                    // A date-time without an offset is taken as UTC: the spec requires UTC instants.
                    if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                    {
                        return parsed;
                    }
                    throw Invalid(reader, text);
                default:
                    throw Invalid(reader, Convert.ToString(reader.Value, CultureInfo.InvariantCulture));
            }
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is DateTimeOffset instant)
            {
                writer.WriteValue(Format(instant));
            }
            else
            {
                writer.WriteNull();
            }
        }

        /// <summary>The wire form of <paramref name="instant"/>.</summary>
        public static string Format(DateTimeOffset instant) => instant.Offset == TimeSpan.Zero
            ? instant.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture)
            : instant.ToString(OffsetFormat, CultureInfo.InvariantCulture);

        private static JsonSerializationException Invalid(JsonReader reader, string? text) =>
            new($"'{text}' at {reader.Path} is not a date-time (expected ISO 8601).");
    }
}
