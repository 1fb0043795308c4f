using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OneRoster.Testing.Tests.Support
{
    /// <summary>One answer of the fake, read with plain HttpClient.</summary>
    public sealed class ApiResponse
    {
        public ApiResponse(HttpResponseMessage message, byte[] bytes, JToken? json)
        {
            Status = (int)message.StatusCode;
            Bytes = bytes;
            Json = json;
            ContentType = message.Content.Headers.ContentType?.MediaType;
            Headers = message.Headers.Concat(message.Content.Headers)
                .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), System.StringComparer.OrdinalIgnoreCase);
        }

        public int Status { get; }

        public byte[] Bytes { get; }

        public JToken? Json { get; }

        public JObject Body => Json as JObject ?? throw new AssertionException($"Expected a JSON object body, got: {Json}");

        public string? ContentType { get; }

        public IReadOnlyDictionary<string, string> Headers { get; }

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

        /// <summary>The records under a list envelope key.</summary>
        public JArray List(string key) => Body[key] as JArray ?? throw new AssertionException($"No '{key}' array in {Body}");

        /// <summary>The imsx_codeMinorFieldValue of an error body.</summary>
        public string? CodeMinor => (string?)Json?.SelectToken("imsx_CodeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue");

        public override string ToString() => $"{Status} {Json}";
    }
}
