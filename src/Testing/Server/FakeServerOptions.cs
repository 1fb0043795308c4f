using System;
using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Testing
{
    /// <summary>
    /// Credentials and provider quirks of a <see cref="OneRosterFakeServer"/>. Every quirk is off by default, and the
    /// defaults answer as the OneRoster 1.2 binding and the project's OpenAPI documents declare. The server takes a
    /// copy when it starts.
    /// </summary>
    public sealed partial class FakeServerOptions
    {
        /// <summary>The OAuth 2.0 client id the token endpoint accepts (under OAuth 1.0a, the consumer key; see <see cref="AuthScheme"/>).</summary>
        public string ClientId { get; set; } = "oneroster-fake-client";

        /// <summary>The OAuth 2.0 client secret the token endpoint accepts (under OAuth 1.0a, the consumer secret).</summary>
        public string ClientSecret { get; set; } = "oneroster-fake-secret";

        /// <summary>The loopback port to listen on; 0 (the default) picks a free ephemeral port, which tests should keep.</summary>
        public int Port { get; set; }

        /// <summary>Page size when a list request has no <c>limit</c>. Default 100 (the 1.2 default); some providers use 10.</summary>
        public int DefaultPageSize { get; set; } = 100;

        /// <summary>Quirk: the largest page the fake returns; a bigger <c>limit</c> is silently reduced to it. Null: no cap.</summary>
        public int? LimitCap { get; set; }

        /// <summary>Quirk: list answers carry no <c>X-Total-Count</c> header (and no body total).</summary>
        public bool NoTotalCount { get; set; }

        /// <summary>Quirk: list answers carry no <c>Link</c> header. With <see cref="NoTotalCount"/>, a client only learns the end from a short or empty page.</summary>
        public bool NoLinkHeader { get; set; }

        /// <summary>Quirk: paging is told only by <c>Link</c> with <c>rel="next"</c> (no total, no <c>last</c>, no body paging fields).</summary>
        public bool LinkOnlyPaging { get; set; }

        /// <summary>Quirk (Timeback): list bodies also carry <c>totalCount</c>, <c>pageCount</c>, <c>pageNumber</c>, <c>offset</c> and <c>limit</c>.</summary>
        public bool BodyTotalCount { get; set; }

        /// <summary>Quirk: <c>offset</c> is ignored; every list answer starts at the first record.</summary>
        public bool IgnoreOffset { get; set; }

        /// <summary>Quirk: time added before every answer (token endpoint included). Default none.</summary>
        public TimeSpan Latency { get; set; } = TimeSpan.Zero;

        /// <summary>Quirk: every Nth API request (N, 2N, …; the token endpoint does not count) is answered 429 with <c>Retry-After</c>. Null: never.</summary>
        public int? RateLimitEvery { get; set; }

        /// <summary>The <c>Retry-After</c> sent with 429 answers, in whole seconds (rounded up). Default 1 second.</summary>
        public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>
        /// Quirk: length of a burst of 5xx answers. Alone, the first N API requests fail; with
        /// <see cref="ServerErrorEvery"/> = M, requests M … M+N-1, 2M … 2M+N-1, … fail. 0: no bursts.
        /// </summary>
        public int ServerErrorBurst { get; set; }

        /// <summary>Quirk: how often (in API requests) a burst of <see cref="ServerErrorBurst"/> 5xx answers starts. Null: only once, at the start.</summary>
        public int? ServerErrorEvery { get; set; }

        /// <summary>The status of injected server errors (500-599). Default 503.</summary>
        public int ServerErrorStatusCode { get; set; } = 503;

        /// <summary>Lifetime of issued access tokens, sent as <c>expires_in</c>; an expired token is answered 401. Default 1 hour.</summary>
        public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

        /// <summary>Quirk (Timeback): a filter with more than two predicates, or mixing AND with OR, is rejected with 400.</summary>
        public bool TimebackFilterLimits { get; set; }

        /// <summary>
        /// Timeback's in-list filter operator: <c>field@'a,b'</c> selects records whose field equals one of the values.
        /// Off (the default, as OneRoster 1.2 has no such operator), a filter using it is answered 400; on for the
        /// Timeback presets in <see cref="For"/>.
        /// </summary>
        public bool InListFilterOperator { get; set; }

        /// <summary>Quirk: a filter naming a dotted field (<c>user.sourcedId</c>) is rejected with 400, as providers that read only top-level fields do.</summary>
        public bool RejectNestedFilterFields { get; set; }

        /// <summary>
        /// Quirk: every third record (by sourcedId) carries vocabulary values outside the spec: users an extra
        /// <c>ext:tutor</c> role, classes <c>classType</c> <c>ext:online</c>, grading periods <c>type</c>
        /// <c>ext:quarter</c>, results <c>scoreStatus</c> <c>ext:excused</c>, resources <c>importance</c>
        /// <c>ext:optional</c>, demographics <c>sex</c> <c>ext:nonbinary</c>. Filters see the changed values.
        /// </summary>
        public bool NonSpecEnums { get; set; }

        /// <summary>
        /// Quirk: the binding's string flags (<c>enabledUser</c>, <c>primary</c>, the demographics race flags,
        /// <c>inProgress</c>, <c>incomplete</c>, <c>late</c>, <c>missing</c>) are sent as JSON booleans instead of the
        /// strings <c>"true"</c>/<c>"false"</c> that OneRoster 1.2 declares (and the fake sends by default).
        /// </summary>
        public bool JsonBooleans { get; set; }

        /// <summary>
        /// Quirk: every JSON boolean in a record (at any depth, <c>metadata</c> included) is sent as the string
        /// <c>"true"</c>/<c>"false"</c>, as providers that stringify everything do. Seeded data already uses strings
        /// for the binding's flags; this matters for data loaded or added with JSON booleans.
        /// </summary>
        public bool StringBooleans { get; set; }

        /// <summary>Shape of <c>sourcedIdPairs</c> in single create answers. Default <see cref="SourcedIdPairsShape.Array"/>.</summary>
        public SourcedIdPairsShape SourcedIdPairs { get; set; } = SourcedIdPairsShape.Array;

        /// <summary>Clock for token expiry; replace it with a fake clock to expire tokens without waiting.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>
        /// Options that behave like Timeback: paging facts in the body, at most two filter predicates without mixing
        /// AND and OR, the in-list operator <c>@</c>, and single-object <c>sourcedIdPairs</c>.
        /// </summary>
        public static FakeServerOptions Timeback() => new()
        {
            BodyTotalCount = true,
            TimebackFilterLimits = true,
            InListFilterOperator = true,
            SourcedIdPairs = SourcedIdPairsShape.SingleObject,
        };

        /// <summary>Every problem with these options, one sentence each; empty when they are usable.</summary>
        public IReadOnlyList<string> GetValidationErrors()
        {
            var errors = new List<string>();
            if (string.IsNullOrEmpty(ClientId) || string.IsNullOrEmpty(ClientSecret))
            {
                errors.Add("ClientId and ClientSecret must not be empty.");
            }
            if (Port is < 0 or > 65535)
            {
                errors.Add($"Port is {Port}; it must be 0 (any free port) or 1-65535.");
            }
            if (DefaultPageSize < 1)
            {
                errors.Add($"DefaultPageSize is {DefaultPageSize}; it must be at least 1.");
            }
            if (LimitCap is < 1)
            {
                errors.Add($"LimitCap is {LimitCap}; it must be at least 1, or null for no cap.");
            }
            if (LinkOnlyPaging && NoLinkHeader)
            {
                errors.Add("LinkOnlyPaging and NoLinkHeader contradict each other.");
            }
            if (Latency < TimeSpan.Zero || RetryAfter < TimeSpan.Zero)
            {
                errors.Add("Latency and RetryAfter must not be negative.");
            }
            if (RateLimitEvery is < 2)
            {
                errors.Add($"RateLimitEvery is {RateLimitEvery}; it must be at least 2 (every request failing leaves nothing to test).");
            }
            if (ServerErrorBurst < 0 || (ServerErrorEvery is { } every && ServerErrorBurst >= every))
            {
                errors.Add($"ServerErrorBurst is {ServerErrorBurst}; it must be at least 0 and smaller than ServerErrorEvery ({ServerErrorEvery}).");
            }
            if (ServerErrorEvery is not null && ServerErrorBurst == 0)
            {
                errors.Add("ServerErrorEvery needs ServerErrorBurst (the number of failing requests) of at least 1.");
            }
            if (ServerErrorStatusCode is < 500 or > 599)
            {
                errors.Add($"ServerErrorStatusCode is {ServerErrorStatusCode}; it must be 500-599.");
            }
            if (JsonBooleans && StringBooleans)
            {
                errors.Add("JsonBooleans and StringBooleans contradict each other.");
            }
            if (TokenLifetime <= TimeSpan.Zero)
            {
                errors.Add("TokenLifetime must be positive.");
            }
            errors.AddRange(ProfileErrors());
            errors.AddRange(AuthErrors());
            if (TimeProvider is null)
            {
                errors.Add("TimeProvider must not be null.");
            }
            return errors;
        }

        internal FakeServerOptions Clone()
        {
            var copy = (FakeServerOptions)MemberwiseClone();
            copy.RequiredHeaders = RequiredHeaders.ToDictionary(e => e.Key, e => (IDictionary<string, string>)new Dictionary<string, string>(e.Value, StringComparer.OrdinalIgnoreCase));
            return copy;
        }
    }
}
