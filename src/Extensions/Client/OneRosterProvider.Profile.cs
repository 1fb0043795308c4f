using System;
using System.Collections.Generic;
using System.Linq;

namespace OneRoster
{
    // The parts of a provider profile about where and how requests travel: service roots, body totals, page
    // defaults, payload version, the client-wide request limits and extra headers per service.
    public sealed partial record OneRosterProvider
    {
        private static readonly IReadOnlyList<string> StandardTotalFields = Array.AsReadOnly(new[] { "totalCount" });
        private static readonly IReadOnlyDictionary<OneRosterService, IReadOnlyDictionary<string, string>> NoHeaders =
            new Dictionary<OneRosterService, IReadOnlyDictionary<string, string>>();

        private readonly OneRosterServicePaths _servicePaths = OneRosterServicePaths.Standard;
        // Null until set: the presets of the other partial files may be built before this file's static fields.
        private readonly IReadOnlyList<string>? _totalFields;
        private readonly int? _defaultPageSize;
        private readonly int? _maxConcurrentRequests;
        private readonly double? _maxRequestsPerSecond;
        private readonly IReadOnlyDictionary<OneRosterService, IReadOnlyDictionary<string, string>>? _serviceHeaders;

        /// <summary>Where the provider serves each service; default <see cref="OneRosterServicePaths.Standard"/> (<c>ims/oneroster/…/v1p2</c>).</summary>
        public OneRosterServicePaths ServicePaths
        {
            get => _servicePaths;
            init => _servicePaths = value ?? throw new ArgumentNullException(nameof(ServicePaths));
        }

        /// <summary>
        /// The list-body fields read as the collection's size, first present wins; default <c>totalCount</c> (the
        /// Timeback Platform sends <c>total</c>). An <c>X-Total-Count</c> header, when sent, is read before them. The
        /// stop rules use the total as they use the header: the stream ends when the records reach it.
        /// </summary>
        public IReadOnlyList<string> TotalFields
        {
            get => _totalFields ?? StandardTotalFields;
            init => _totalFields = value is null || value.Any(string.IsNullOrWhiteSpace)
                ? throw new ArgumentException("TotalFields must be a list of field names (empty for none).", nameof(TotalFields))
                : Array.AsReadOnly(value.ToArray());
        }

        /// <summary>
        /// The page size the provider serves when a request has no <c>limit</c> (the Timeback Platform and Ed-Fi use 10);
        /// null when not known. The client always sends <c>limit</c>; this fact is what a fake of the provider
        /// (<c>FakeServerOptions.For</c> in OneRoster.Testing) serves by default.
        /// </summary>
        public int? DefaultPageSize
        {
            get => _defaultPageSize;
            init => _defaultPageSize = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(DefaultPageSize), value, "A page holds at least one record.");
        }

        /// <summary>
        /// The OneRoster version of the provider's payloads; default <see cref="OneRosterVersion.V1p2"/>. Under
        /// <see cref="OneRosterVersion.V1p1"/> the client reads 1.1 records into the 1.2 DTOs and sends write bodies in
        /// the 1.1 shape (docs/providers.md has the mapping).
        /// </summary>
        public OneRosterVersion PayloadVersion { get; init; } = OneRosterVersion.V1p2;

        /// <summary>
        /// Under <see cref="PayloadVersion"/> <see cref="OneRosterVersion.V1p1"/>: send the writes the OneRoster 1.1 REST
        /// binding does not have (it has only PUT and DELETE of line items, results and categories), with their bodies
        /// in the 1.1 shape where one is known (a user's <c>roles</c> as <c>role</c> and <c>orgs</c>). False (the
        /// default): such a write throws <see cref="NotSupportedException"/> naming the operation, before any request.
        /// On for <see cref="TimebackPlatform"/>, whose API takes writes beyond the binding.
        /// </summary>
        public bool AllowWritesBeyondOneRoster11 { get; init; }

        /// <summary>
        /// The most requests one client has in flight at once, across all its streams, lists, reads and writes (a
        /// request waits for a free slot before it is sent; the wait does not count against the timeouts). Null (the
        /// default) sets no limit beyond each stream's own <see cref="OneRosterClientOptions.MaxConcurrency"/>.
        /// Infinite Campus allows 5 off-peak.
        /// </summary>
        public int? MaxConcurrentRequests
        {
            get => _maxConcurrentRequests;
            init => _maxConcurrentRequests = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxConcurrentRequests), value, "At least one request must be allowed.");
        }

        /// <summary>
        /// The most requests one client starts per second, across all its calls, evenly spaced; null (the default) for no
        /// rate limit. A request takes its turn once it has its token (so requests queued behind a token fetch do not
        /// arrive in one burst), outside the timeouts; its retries are spaced by the retry backoff instead.
        /// </summary>
        public double? MaxRequestsPerSecond
        {
            get => _maxRequestsPerSecond;
            init => _maxRequestsPerSecond = value is null || (value > 0 && double.IsFinite(value.Value)) ? value
                : throw new ArgumentOutOfRangeException(nameof(MaxRequestsPerSecond), value, "The rate must be a positive number of requests per second.");
        }

        /// <summary>
        /// Headers added to every request of a service, e.g. Infinite Campus's <c>x-vendor-authorization</c> on Gradebook
        /// (see <see cref="WithServiceHeader"/>). Their values are never logged or shown by <see cref="ToString"/>.
        /// </summary>
        public IReadOnlyDictionary<OneRosterService, IReadOnlyDictionary<string, string>> ServiceHeaders
        {
            get => _serviceHeaders ?? NoHeaders;
            init => _serviceHeaders = value ?? throw new ArgumentNullException(nameof(ServiceHeaders));
        }

        /// <summary>A copy of this profile that also sends <paramref name="name"/>: <paramref name="value"/> on every request of <paramref name="service"/>.</summary>
        /// <exception cref="ArgumentException">The name or value is blank, or the name is not a valid header name.</exception>
        public OneRosterProvider WithServiceHeader(OneRosterService service, string name, string value)
        {
            if (string.IsNullOrWhiteSpace(name) || name.Any(c => c <= ' ' || c >= 127 || c == ':'))
            {
                throw new ArgumentException($"'{name}' is not a valid header name.", nameof(name));
            }
            if (string.IsNullOrWhiteSpace(value) || value.Any(c => c is '\r' or '\n'))
            {
                throw new ArgumentException("A header value must not be blank or span lines.", nameof(value));
            }
            var headers = ServiceHeaders.ToDictionary(e => e.Key, e => e.Value);
            var forService = headers.TryGetValue(service, out var existing)
                ? new Dictionary<string, string>(existing.ToDictionary(e => e.Key, e => e.Value), StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            forService[name] = value;
            headers[service] = forService;
            return this with { ServiceHeaders = headers };
        }

        /// <summary>
        /// A copy of this profile that sends Infinite Campus's <c>x-vendor-authorization: key:secret</c> on Gradebook
        /// requests, which its gradebook endpoints require.
        /// </summary>
        public OneRosterProvider WithVendorAuthorization(string key, string secret)
        {
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(secret))
            {
                throw new ArgumentException("The vendor key and secret must not be blank.");
            }
            return WithServiceHeader(OneRosterService.Gradebook, VendorAuthorizationHeader, key + ":" + secret);
        }

        /// <summary>The header Infinite Campus's gradebook endpoints require (see <see cref="WithVendorAuthorization"/>).</summary>
        public const string VendorAuthorizationHeader = "x-vendor-authorization";

        /// <summary>The root <paramref name="declaredRoot"/> (a root of the OpenAPI documents) is served under on this provider.</summary>
        internal string RootFor(string declaredRoot) =>
            OneRosterServicePaths.ServiceOf(declaredRoot) is { } service ? ServicePaths[service] : declaredRoot;

        /// <summary>The extra headers of the service <paramref name="declaredRoot"/> belongs to; empty for none.</summary>
        internal IEnumerable<KeyValuePair<string, string>> HeadersFor(string declaredRoot) =>
            OneRosterServicePaths.ServiceOf(declaredRoot) is { } service && ServiceHeaders.TryGetValue(service, out var headers)
                ? headers
                : Enumerable.Empty<KeyValuePair<string, string>>();

        // Header values carry secrets (Infinite Campus's vendor key:secret): names only.
        private bool PrintMembers(System.Text.StringBuilder builder)
        {
            builder.Append("Name = ").Append(Name)
                .Append(", FilterCapabilities = ").Append(FilterCapabilities)
                .Append(", AdaptiveFilterPushdown = ").Append(AdaptiveFilterPushdown)
                .Append(", VerifyPushedFilters = ").Append(VerifyPushedFilters)
                .Append(", UsesTimebackPaths = ").Append(UsesTimebackPaths)
                .Append(", ServicePaths = ").Append(ServicePaths.Rostering).Append(" | ").Append(ServicePaths.Gradebook).Append(" | ").Append(ServicePaths.Resources)
                .Append(", MaxPageSize = ").Append(MaxPageSize)
                .Append(", DefaultPageSize = ").Append(DefaultPageSize?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown")
                .Append(", TotalFields = [").Append(string.Join(", ", TotalFields)).Append(']')
                .Append(", PayloadVersion = ").Append(PayloadVersion)
                .Append(", AllowWritesBeyondOneRoster11 = ").Append(AllowWritesBeyondOneRoster11)
                .Append(", MaxConcurrentRequests = ").Append(MaxConcurrentRequests?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none")
                .Append(", MaxRequestsPerSecond = ").Append(MaxRequestsPerSecond?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none")
                .Append(", AuthScheme = ").Append(AuthScheme)
                .Append(", SignatureMethod = ").Append(SignatureMethod)
                .Append(", ServiceHeaders = [")
                .Append(string.Join(", ", ServiceHeaders.SelectMany(s => s.Value.Keys.Select(k => $"{s.Key}: {k}"))))
                .Append(']');
            return true;
        }
    }
}
