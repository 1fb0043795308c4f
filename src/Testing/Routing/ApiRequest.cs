using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;
using OneRoster.Testing.Data;
using OneRoster.Testing.Protocol;
using OneRoster.Testing.Quirks;

namespace OneRoster.Testing.Routing
{
    /// <summary>A routed API request and what its handler needs: parameters, body, data and server settings.</summary>
    internal sealed class ApiRequest
    {
        private readonly IReadOnlyDictionary<string, string> _values;
        private readonly string? _body;

        public ApiRequest(ServerContext server, IReadOnlyDictionary<string, string> values, QueryString query, string? body, string rawPath)
        {
            Server = server;
            _values = values;
            Query = query;
            _body = body;
            RawPath = rawPath;
        }

        public ServerContext Server { get; }

        public QueryString Query { get; }

        /// <summary>The path as sent (still percent-encoded), without the leading '/'.</summary>
        public string RawPath { get; }

        public FakeDistrict District => Server.District;

        public FakeServerOptions Options => Server.Options;

        public RecordQuirks Quirks => Server.Quirks;

        /// <summary>The server root, ending with '/', that <c>href</c> values and <c>Link</c> URLs start with.</summary>
        public string HrefRoot => Server.HrefRoot;

        /// <summary>A path parameter (decoded).</summary>
        public string this[string name] => _values[name];

        public RecordCollection Collection(string name) => District.Collection(name);

        /// <summary>The JSON request body as an object.</summary>
        /// <exception cref="ProtocolError">400 when the body is missing or not a JSON object.</exception>
        public JObject Body()
        {
            if (string.IsNullOrWhiteSpace(_body))
            {
                throw ProtocolError.BadRequest(StatusInfo.InvalidData, "The request needs a JSON body.");
            }
            try
            {
                return JsonText.Parse(_body) as JObject ?? throw ProtocolError.BadRequest(StatusInfo.InvalidData, "The request body must be a JSON object.");
            }
            catch (JsonReaderException e)
            {
                throw ProtocolError.BadRequest(StatusInfo.InvalidData, "The request body is not JSON: " + e.Message);
            }
        }

        /// <summary>The object under <paramref name="key"/> of the body envelope (<c>{"user": {...}}</c>).</summary>
        public JObject Envelope(string key) =>
            Body()[key] as JObject ?? throw ProtocolError.BadRequest(StatusInfo.InvalidData, $"The request body must be {{\"{key}\": {{...}}}}.");

        /// <summary>The array under <paramref name="key"/> of the body (<c>{"lineItems": [...]}</c>).</summary>
        public JArray EnvelopeList(string key) =>
            Body()[key] as JArray ?? throw ProtocolError.BadRequest(StatusInfo.InvalidData, $"The request body must be {{\"{key}\": [...]}}.");

        /// <summary>The absolute URL of this list request with another page.</summary>
        public string PageUrl(int limit, int offset) => HrefRoot + RawPath + Query.WithPage(limit, offset);

        public string Now() => Server.Options.TimeProvider.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
    }
}
