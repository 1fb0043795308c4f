using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using OneRoster.Serialization;

namespace OneRoster.Operations
{
    /// <summary>
    /// Builds one OneRoster request for the generated request factories (<c>Create…Request</c>): the service root,
    /// the path with every id percent-encoded into a single segment, the query, the JSON body. The factories are the
    /// only code that knows an operation's path; this type knows how such a path is written.
    /// </summary>
    internal sealed class RequestBuilder
    {
        private readonly StringBuilder _url;
        private bool _hasQuery;

        /// <param name="root">The service's base path, e.g. <c>ims/oneroster/rostering/v1p2</c> (relative to the provider root).</param>
        public RequestBuilder(string root)
        {
            ArgumentNullException.ThrowIfNull(root);
            _url = new StringBuilder(root.TrimEnd('/'), root.Length + 96);
        }

        /// <summary>Appends a fixed part of the path, e.g. <c>/users/</c>.</summary>
        public void Literal(string text) => _url.Append(text);

        /// <summary>
        /// Appends a path id. The id is percent-encoded, so it can never add a segment; what is refused is the id that
        /// would silently change which endpoint is hit: null, empty or blank (<c>/users/</c> lists every user) and the
        /// dot segments <c>.</c> and <c>..</c>, which URI normalization removes.
        /// </summary>
        /// <exception cref="ArgumentException">The id is null, empty, blank, <c>.</c> or <c>..</c>.</exception>
        public void PathId(string name, string? value)
        {
            if (value is null)
            {
                throw new ArgumentNullException(name, $"The path identifier '{name}' is null. Pass a non-empty sourcedId.");
            }
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"The path identifier '{name}' is empty or blank. Pass a non-empty sourcedId.", name);
            }
            if (value is "." or "..")
            {
                throw new ArgumentException($"The path identifier '{name}' may not be '{value}': URI normalization would change the endpoint.", name);
            }
            _url.Append(Uri.EscapeDataString(value));
        }

        /// <summary>Appends <c>name=value</c> to the query when <paramref name="value"/> is given.</summary>
        public void Query(string name, string? value)
        {
            if (value is not null)
            {
                AppendQuery(name, value);
            }
        }

        /// <summary>Appends <c>name=value</c> to the query when <paramref name="value"/> is given.</summary>
        public void Query(string name, int? value)
        {
            if (value is { } number)
            {
                AppendQuery(name, number.ToString(CultureInfo.InvariantCulture));
            }
        }

        /// <summary>The request, without a body.</summary>
        /// <param name="method">The HTTP method, upper case.</param>
        /// <param name="accept">The media type the operation answers with, for the <c>Accept</c> header; null for none.</param>
        public HttpRequestMessage Build(string method, string? accept)
        {
            var request = new HttpRequestMessage(MethodOf(method), new Uri(_url.ToString(), UriKind.Relative));
            if (accept is not null)
            {
                request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
            }
            return request;
        }

        /// <summary>The request with <paramref name="body"/> as its JSON content.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
        public HttpRequestMessage Build<TBody>(string method, string? accept, TBody body)
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }
            var request = Build(method, accept);
            var content = new StringContent(JsonConvert.SerializeObject(body, OneRosterJson.Settings));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Content = content;
            return request;
        }

        private void AppendQuery(string name, string value)
        {
            _url.Append(_hasQuery ? '&' : '?').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            _hasQuery = true;
        }

        private static HttpMethod MethodOf(string method) => method switch
        {
            "GET" => HttpMethod.Get,
            "POST" => HttpMethod.Post,
            "PUT" => HttpMethod.Put,
            "DELETE" => HttpMethod.Delete,
            "PATCH" => HttpMethod.Patch,
            _ => new HttpMethod(method),
        };
    }
}
