using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Protocol
{
    /// <summary>What the fake answers to one request, before it becomes a WireMock response.</summary>
    internal sealed class FakeResponse
    {
        private FakeResponse(int statusCode, JToken? json, byte[]? bytes, string? contentType)
        {
            StatusCode = statusCode;
            Json = json;
            Bytes = bytes;
            ContentType = contentType;
        }

        public int StatusCode { get; }

        public JToken? Json { get; }

        public byte[]? Bytes { get; }

        public string? ContentType { get; }

        public List<KeyValuePair<string, string>> Headers { get; } = new();

        public static FakeResponse JsonBody(int statusCode, JToken body) => new(statusCode, body, null, "application/json; charset=utf-8");

        public static FakeResponse Binary(byte[] body, string contentType) => new(200, null, body, contentType);

        public static FakeResponse NoContent() => new(204, null, null, null);

        /// <summary>An error answer carrying an <c>imsx_StatusInfo</c> body.</summary>
        public static FakeResponse Error(int statusCode, string codeMinor, string description) =>
            JsonBody(statusCode, StatusInfo.Failure(codeMinor, description));

        public FakeResponse WithHeader(string name, string value)
        {
            Headers.Add(new KeyValuePair<string, string>(name, value));
            return this;
        }
    }
}
