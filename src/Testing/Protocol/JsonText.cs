using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// Parses JSON keeping every string a string: Newtonsoft's default turns <c>"2024-08-20"</c> into a DateTime,
    /// which would come back out as <c>2024-08-20T00:00:00</c> and change what the fake serves.
    /// </summary>
    internal static class JsonText
    {
        public static JToken Parse(string text)
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    throw new JsonReaderException($"Unexpected content after the JSON value at position {reader.LinePosition}.");
                }
            }
            return token;
        }
    }
}
