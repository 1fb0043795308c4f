using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace OneRoster.Sync.Sources
{
    /// <summary>The JSON a store keeps for a record, and its content hash.</summary>
    internal static class RecordJson
    {
        private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            NullValueHandling = NullValueHandling.Ignore,
            DateParseHandling = DateParseHandling.None,
            Formatting = Formatting.None,
            Culture = CultureInfo.InvariantCulture,
        });

        public static string Serialize(object record)
        {
            var text = new StringWriter(new StringBuilder(512), CultureInfo.InvariantCulture);
            Serializer.Serialize(text, record);
            return text.ToString();
        }

        /// <summary>128 bits of SHA-256 as hex: collisions are out of reach, and the column stays short.</summary>
        public static string Hash(string json)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(bytes, hash);
            return Convert.ToHexString(hash[..16]);
        }
    }
}
