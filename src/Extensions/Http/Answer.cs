using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OneRoster.Errors;
using OneRoster.Serialization;

namespace OneRoster.Http
{
    /// <summary>
    /// A success answer as <see cref="ApiTransport"/> hands it back: status, headers and the body held in memory, with
    /// the facts of the request it answers, so that a body that later turns out to be broken becomes an exception that
    /// names the request. Disposing it releases the body (unless a reader took it).
    /// </summary>
    internal sealed class Answer : IDisposable
    {
        private readonly HttpResponseMessage _response;
        private BufferedBodyContent? _body;

        public Answer(HttpResponseMessage response, BufferedBodyContent body, OneRosterErrorInfo request)
        {
            _response = response;
            _body = body;
            Request = request;
        }

        /// <summary>Method, redacted path and request id of the request this answers.</summary>
        public OneRosterErrorInfo Request { get; }

        public int Status => (int)_response.StatusCode;

        /// <summary>The URI the request went to (absolute), for resolving relative links.</summary>
        public Uri? RequestUri => _response.RequestMessage?.RequestUri;

        /// <summary>True when the body holds no bytes (a 201 or 204 without content).</summary>
        public bool IsEmpty => _body is null || _body.Length == 0;

        /// <summary>The values of a response or content header; empty when absent.</summary>
        public IEnumerable<string> Header(string name)
        {
            if (_response.Headers.TryGetValues(name, out var values))
            {
                return values;
            }
            return _response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues : Enumerable.Empty<string>();
        }

        /// <summary>Hands the body over to a reader, which disposes it; null when it was taken already.</summary>
        public BufferedBodyContent? TakeBody() => System.Threading.Interlocked.Exchange(ref _body, null);

        /// <summary>The whole body deserialized as <typeparamref name="T"/>; default for an empty body.</summary>
        /// <param name="mapping">Rewrites the envelope's records from OneRoster 1.1 first; null (a 1.2 provider) for none.</param>
        /// <exception cref="OneRosterProtocolException">The body is not JSON of that shape.</exception>
        public T? Read<T>(OneRoster11Mapping? mapping = null)
        {
            if (IsEmpty)
            {
                return default;
            }
            try
            {
                using var reader = new JsonTextReader(new StreamReader(_body!.OpenRead()));
                if (mapping is not null)
                {
                    return ReadMapped<T>(reader, mapping);
                }
                return OneRosterJson.Shared.Deserialize<T>(reader);
            }
            catch (JsonException ex)
            {
                throw BrokenContract("the body could not be read", ex);
            }
        }

        private static T? ReadMapped<T>(JsonTextReader reader, OneRoster11Mapping mapping)
        {
            var serializer = OneRosterJson.Shared;
            reader.DateParseHandling = serializer.DateParseHandling;
            reader.FloatParseHandling = serializer.FloatParseHandling;
            var token = JToken.ReadFrom(reader);
            if (token is JObject envelope)
            {
                mapping.ReadEnvelope(envelope);
            }
            return token.ToObject<T>(serializer);
        }

        /// <summary>The whole body as a JSON tree, or null when it is empty or not JSON (write answers, which may carry anything).</summary>
        public JToken? ReadTokenOrNull()
        {
            if (IsEmpty)
            {
                return null;
            }
            try
            {
                using var reader = new JsonTextReader(new StreamReader(_body!.OpenRead())) { DateParseHandling = DateParseHandling.None };
                return JToken.ReadFrom(reader);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary>The exception for an answer that breaks the OneRoster contract.</summary>
        public OneRosterProtocolException BrokenContract(string reason, Exception? cause = null) =>
            OneRosterErrorMapper.Protocol(Request, Status, reason, cause);

        /// <summary>Releases the body, unless a reader took it (the reader then owns it, and the response holds nothing else).</summary>
        public void Dispose()
        {
            if (TakeBody() is not null)
            {
                _response.Dispose();
            }
        }
    }
}
