using System;
using System.Globalization;
using Newtonsoft.Json;

namespace OneRoster.Serialization
{
    /// <summary>
    /// Reads a calendar date (<c>format: date</c>). Providers send a date-time where a date is
    /// declared; the calendar date is then taken exactly as written (the first ten characters),
    /// never shifted through a time zone. Writes <c>yyyy-MM-dd</c>.
    /// </summary>
    internal sealed class LenientDateConverter : JsonConverter
    {
        public static LenientDateConverter Instance { get; } = new();

        public override bool CanConvert(Type objectType) => objectType == typeof(DateOnly) || objectType == typeof(DateOnly?);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                return objectType == typeof(DateOnly) ? throw Invalid(reader, "null") : null;
            }
            var text = reader.TokenType == JsonToken.String ? (string?)reader.Value : null;
            if (string.IsNullOrWhiteSpace(text))
            {
                return objectType == typeof(DateOnly?) && text is not null ? null : throw Invalid(reader, text);
            }
            return TryParse(text, out var date) ? date : throw Invalid(reader, text);
        }

        /// <summary>The calendar date of <paramref name="text"/> (not blank): its first ten characters when a time follows.</summary>
        internal static bool TryParse(string text, out DateOnly date)
        {
            var datePart = text.Length > 10 && (text[10] == 'T' || text[10] == 't' || text[10] == ' ') ? text.Substring(0, 10) : text;
            return IsoDateText.TryParseDate(datePart, out date)
                || DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is DateOnly date)
            {
                writer.WriteValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull();
            }
        }

        private static JsonSerializationException Invalid(JsonReader reader, string? text) =>
            new($"'{text}' at {reader.Path} is not a date (expected yyyy-MM-dd).");
    }
}
