using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using OneRoster.Testing.Auth;
using OneRoster.Testing.Protocol;
using OneRoster.Testing.Quirks;
using OneRoster.Testing.Routing;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace OneRoster.Testing.Server
{
    /// <summary>
    /// Turns a WireMock request into the fake's answer: latency, the token endpoint, injected faults, bearer token
    /// or OAuth 1.0a signature check, routing, then the handler under the district's lock. Every request is logged.
    /// </summary>
    internal sealed class RequestPipeline
    {
        private static readonly Lazy<RouteTable> SharedRoutes = new(OneRosterRoutes.Build);
        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        private readonly ServerContext _context;
        private readonly TokenIssuer _issuer;
        private readonly TokenEndpoint _tokens;
        private readonly FaultSchedule _faults;
        private readonly FakeRequestLog _log;

        public RequestPipeline(ServerContext context, TokenIssuer issuer, FaultSchedule faults, FakeRequestLog log)
        {
            _context = context;
            _issuer = issuer;
            _faults = faults;
            _log = log;
            _tokens = new TokenEndpoint(issuer, context.Options.ClientId, context.Options.ClientSecret);
            _tokenPath = context.Options.TokenPath.Trim('/');
            _layout = new ServiceLayout(context.Options.ServicePaths);
            _signatures = context.Options.AuthScheme == OneRosterAuthScheme.OAuth1Signature
                ? new SignatureVerifier(context.Options.ClientId, context.Options.ClientSecret, context.Options.TimeProvider, context.Options.SignatureTimestampTolerance)
                : null;
        }

        private readonly SignatureVerifier? _signatures;

        private readonly string _tokenPath;
        private readonly ServiceLayout _layout;
        private int _inFlight;
        private int _maxInFlight;

        /// <summary>API requests being answered right now (the token endpoint does not count).</summary>
        public int RequestsInFlight => Volatile.Read(ref _inFlight);

        /// <summary>The most API requests answered at once since the start (or the last <see cref="ResetMaxInFlight"/>).</summary>
        public int MaxRequestsInFlight => Volatile.Read(ref _maxInFlight);

        public void ResetMaxInFlight() => Interlocked.Exchange(ref _maxInFlight, Volatile.Read(ref _inFlight));

        public static RouteTable Routes => SharedRoutes.Value;

        public async Task<IResponseMessage> HandleAsync(IRequestMessage request)
        {
            var (rawPath, rawQuery) = SplitUrl(request.Url);
            var isToken = rawPath.TrimEnd('/') == _tokenPath;
            if (!isToken)
            {
                // Counted across the latency too: that is the time a provider holds the request.
                var now = Interlocked.Increment(ref _inFlight);
                int seen;
                while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
                {
                }
            }
            try
            {
                if (_context.Options.Latency > TimeSpan.Zero)
                {
                    await Task.Delay(_context.Options.Latency).ConfigureAwait(false);
                }
                string? operation;
                FakeResponse response;
                if (isToken)
                {
                    operation = "token";
                    response = _tokens.Answer(request.Method, Header(request, "Authorization"), request.Body);
                }
                else
                {
                    response = Api(request, rawPath, rawQuery, out operation);
                }
                _log.Add(new FakeRequest(request.Method, "/" + rawPath + rawQuery, response.StatusCode, operation));
                return ToMessage(response);
            }
            finally
            {
                if (!isToken)
                {
                    Interlocked.Decrement(ref _inFlight);
                }
            }
        }

        private FakeResponse Api(IRequestMessage request, string rawPath, string rawQuery, out string? operation)
        {
            Route? route = null;
            Dictionary<string, string> values = new();
            IReadOnlyList<string> allowed = Array.Empty<string>();
            OneRosterService? service = null;
            // The profile's roots are mapped onto the declared ones the routes use; under a 1.1 layout one root serves
            // every service, so each declared root is tried.
            foreach (var (declaredPath, candidate) in _layout.Declared(rawPath))
            {
                var segments = declaredPath.Split('/').Select(Uri.UnescapeDataString).ToList();
                if (segments.Count > 1 && segments[^1].Length == 0)
                {
                    segments.RemoveAt(segments.Count - 1); // Timeback's published paths end with '/'.
                }
                route = Routes.Find(request.Method, segments, out values, out allowed);
                service = candidate;
                if (route is not null || allowed.Count > 0)
                {
                    break;
                }
            }
            operation = route?.OperationId;

            if (_faults.Next() is { } fault)
            {
                return fault;
            }
            if (Unauthenticated(request) is { } refusal)
            {
                return refusal;
            }
            if (route is not null && service is { } demanding && MissingHeader(request, demanding) is { } missing)
            {
                return FakeResponse.Error(401, StatusInfo.Unauthorised, $"The {demanding} service needs the {missing} header.");
            }
            if (route is null)
            {
                return allowed.Count == 0
                    ? FakeResponse.Error(404, StatusInfo.UnknownObject, $"No OneRoster operation at /{rawPath}.")
                    : FakeResponse.Error(405, StatusInfo.Unsupported, $"{request.Method} is not supported on /{rawPath}.")
                        .WithHeader("Allow", string.Join(", ", allowed));
            }
            var api = new ApiRequest(_context, values, new QueryString(rawQuery), request.Body, rawPath);
            lock (_context.District.Sync)
            {
                try
                {
                    return route.Handle(api);
                }
                catch (ProtocolError error)
                {
                    return error.ToResponse();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return FakeResponse.Error(500, StatusInfo.InternalServerError, $"The fake failed on {route.OperationId}: {e}");
                }
            }
        }

        /// <summary>The 401 for a request without valid credentials of the configured scheme; null when they hold.</summary>
        private FakeResponse? Unauthenticated(IRequestMessage request)
        {
            var authorization = Header(request, "Authorization");
            if (_signatures is { } verifier)
            {
                var form = (Header(request, "Content-Type") ?? string.Empty).StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
                    ? request.Body
                    : null;
                return verifier.Refusal(request.Method, request.Url, authorization, form) is { } why
                    ? FakeResponse.Error(401, StatusInfo.Unauthorised, why).WithHeader("WWW-Authenticate", "OAuth realm=\"OneRoster\"")
                    : null;
            }
            var token = authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? authorization.Substring("Bearer ".Length).Trim()
                : null;
            if (_context.Options.AuthScheme == OneRosterAuthScheme.BearerKey)
            {
                return string.Equals(token, _context.Options.ClientSecret, StringComparison.Ordinal)
                    ? null
                    : FakeResponse.Error(401, StatusInfo.Unauthorised, token is null ? "No bearer key was sent." : "The bearer key is not valid.")
                        .WithHeader("WWW-Authenticate", token is null ? "Bearer" : "Bearer error=\"invalid_token\"");
            }
            var state = _issuer.Check(token);
            if (state == TokenState.Valid)
            {
                return null;
            }
            var reason = token is null ? "No bearer token was sent." : state == TokenState.Expired ? "The access token has expired." : "The access token is not valid.";
            return FakeResponse.Error(401, StatusInfo.Unauthorised, reason)
                .WithHeader("WWW-Authenticate", token is null ? "Bearer" : "Bearer error=\"invalid_token\"");
        }

        /// <summary>The first header <paramref name="service"/> demands (<see cref="FakeServerOptions.RequiredHeaders"/>) that the request lacks or gets wrong.</summary>
        private string? MissingHeader(IRequestMessage request, OneRosterService service)
        {
            if (!_context.Options.RequiredHeaders.TryGetValue(service, out var required))
            {
                return null;
            }
            foreach (var (name, value) in required)
            {
                if (!string.Equals(Header(request, name), value, StringComparison.Ordinal))
                {
                    return name;
                }
            }
            return null;
        }

        /// <summary>Path (without the leading '/', still percent-encoded) and query (with '?') of a request URL.</summary>
        private static (string Path, string Query) SplitUrl(string url)
        {
            var start = url.IndexOf("://", StringComparison.Ordinal);
            var pathStart = start < 0 ? 0 : url.IndexOf('/', start + 3);
            if (pathStart < 0)
            {
                return (string.Empty, string.Empty);
            }
            var query = url.IndexOf('?', pathStart);
            return query < 0
                ? (url.Substring(pathStart + 1), string.Empty)
                : (url.Substring(pathStart + 1, query - pathStart - 1), url.Substring(query));
        }

        private static string? Header(IRequestMessage request, string name)
        {
            if (request.Headers is null)
            {
                return null;
            }
            foreach (var (key, values) in request.Headers)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return values.FirstOrDefault();
                }
            }
            return null;
        }

        private static ResponseMessage ToMessage(FakeResponse response)
        {
            var message = new ResponseMessage
            {
                StatusCode = response.StatusCode,
                Headers = new Dictionary<string, WireMockList<string>>(StringComparer.OrdinalIgnoreCase),
            };
            if (response.Json is { } json)
            {
                message.BodyData = new BodyData
                {
                    BodyAsString = json.ToString(Formatting.None),
                    DetectedBodyType = BodyType.String,
                    Encoding = Utf8,
                };
            }
            else if (response.Bytes is { } bytes)
            {
                message.BodyData = new BodyData { BodyAsBytes = bytes, DetectedBodyType = BodyType.Bytes };
            }
            if (response.ContentType is { } contentType)
            {
                message.AddHeader("Content-Type", contentType);
            }
            foreach (var (name, value) in response.Headers)
            {
                message.AddHeader(name, value);
            }
            return message;
        }
    }
}
