using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Data
{
    /// <summary>
    /// The fake keeps records as JSON trees, as a provider would; this turns the text and the DTOs users hand it into
    /// such trees and back. Dates stay text (a date-like string is never turned into a local time).
    /// </summary>
    internal static class RecordJson
    {
        private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            NullValueHandling = NullValueHandling.Ignore,
            DateParseHandling = DateParseHandling.None,
            MissingMemberHandling = MissingMemberHandling.Ignore,
        });

        /// <exception cref="ArgumentException">The text is not one JSON object.</exception>
        public static JObject Parse(string json, string parameterName)
        {
            try
            {
                using var reader = new JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = DateParseHandling.None };
                return JToken.ReadFrom(reader) as JObject ?? throw new ArgumentException("The JSON must be one object (a record).", parameterName);
            }
            catch (JsonReaderException ex)
            {
                throw new ArgumentException($"The text is not JSON: {ex.Message}", parameterName, ex);
            }
        }

        public static JObject From<T>(T record) where T : class => JObject.FromObject(record, Serializer);

        public static T To<T>(JObject record) where T : class => record.ToObject<T>(Serializer)!;
    }
}
