using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace OneRoster.Sync.Sources
{
    /// <summary>
    /// The JSON a store keeps for a record, and its content hash. One instance per stream (not thread-safe): its text
    /// and byte buffers are reused from record to record, so a record costs its JSON string and nothing else.
    /// </summary>
    internal sealed class RecordJson
    {
        private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
        {
            NullValueHandling = NullValueHandling.Ignore,
            DateParseHandling = DateParseHandling.None,
            Formatting = Formatting.None,
            Culture = CultureInfo.InvariantCulture,
        });

        private readonly StringBuilder _text = new(2048);
        private readonly StringWriter _writer;
        private readonly Utf8Scratch _utf8 = new();

        public RecordJson() => _writer = new StringWriter(_text, CultureInfo.InvariantCulture);

        /// <summary>The record as compact JSON, and <see cref="Hash(string)"/> of it.</summary>
        public (string Json, string Hash) Write(object record)
        {
            _text.Clear();
            Serializer.Serialize(_writer, record);
            var json = _text.ToString();
            return (json, Hash(_utf8.Encode(json)));
        }

        /// <summary>128 bits of SHA-256 over the UTF-8 JSON, as hex: collisions are out of reach, and the column stays short.</summary>
        public static string Hash(string json) => Hash(Encoding.UTF8.GetBytes(json));

        private static string Hash(ReadOnlySpan<byte> utf8)
        {
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(utf8, hash);
            return Convert.ToHexString(hash[..16]);
        }
    }
}
