using System;
using System.Collections.Generic;
using System.Linq;
using OneRoster.Query;

namespace OneRoster
{
    // The presets beyond Standard and Timeback, and finding a preset by name (ONEROSTER_PROVIDER, configuration).
    // docs/providers.md lists where each value comes from.
    public sealed partial record OneRosterProvider
    {
        /// <summary>
        /// The Timeback Platform API (<c>platform.timeback.com</c>, staging <c>platform.dev.timeback.com</c>): services
        /// under <c>rostering/1.0</c>, <c>gradebook/1.0</c>, <c>resources/1.0</c>; <c>limit</c> 1–100, default 10; list
        /// bodies with <c>total</c>; at most two predicates, no AND mixed with OR; payloads that follow OneRoster 1.1, and
        /// writes beyond the 1.1 binding sent in the 1.1 shape (<see cref="AllowWritesBeyondOneRoster11"/>).
        /// </summary>
        public static OneRosterProvider TimebackPlatform { get; } = new()
        {
            Name = "TimebackPlatform",
            // Its nested *.sourcedId support is Timeback's claim, not the platform's documentation: checked adaptively.
            AdaptiveFilterPushdown = true,
            // Timeback's limits; its in-list operator is documented for the 1EdTech API only, so not claimed here.
            FilterCapabilities = FilterCapabilities.Timeback with
            {
                SupportedOperators = FilterCapabilities.Standard.SupportedOperators,
                NestedFieldOperators = FilterOperatorSet.Of(new[] { FilterOperator.Equal }),
            },
            MaxPageSize = 100,
            DefaultPageSize = 10,
            ServicePaths = new OneRosterServicePaths("rostering/1.0", "gradebook/1.0", "resources/1.0"),
            TotalFields = new[] { "total" },
            PayloadVersion = OneRosterVersion.V1p1,
            AllowWritesBeyondOneRoster11 = true,
        };

        /// <summary>
        /// Infinite Campus: services under <c>campus/api/ims/oneroster/…/v1p2</c>, pages of up to 50,000 records, at most
        /// 5 requests in flight per client (its off-peak limit; set 1 for peak hours). Its gradebook endpoints also need
        /// <see cref="WithVendorAuthorization"/>.
        /// </summary>
        public static OneRosterProvider InfiniteCampus { get; } = new()
        {
            Name = "InfiniteCampus",
            FilterCapabilities = FilterCapabilities.Standard,
            MaxPageSize = 50_000,
            ServicePaths = OneRosterServicePaths.Standard.Under("campus/api"),
            MaxConcurrentRequests = 5,
        };

        /// <summary>
        /// ClassLink Roster Server: every service under <c>ims/oneroster/v1p1</c> (also for "1.2 format" apps), pages of up
        /// to 1000 records, OneRoster 1.1 payloads, totals in <c>X-Total-Count</c>, requests signed with OAuth 1.0a
        /// HMAC-SHA256 (the client id and secret are ClassLink's consumer key and secret). With a static bearer key
        /// instead, use <c>ClassLink with { AuthScheme = OneRosterAuthScheme.BearerKey }</c> and the key as the client secret.
        /// </summary>
        public static OneRosterProvider ClassLink { get; } = new()
        {
            Name = "ClassLink",
            FilterCapabilities = FilterCapabilities.Standard,
            MaxPageSize = 1000,
            ServicePaths = OneRosterServicePaths.OneRoster11,
            PayloadVersion = OneRosterVersion.V1p1,
            AuthScheme = OneRosterAuthScheme.OAuth1Signature,
            SignatureMethod = OneRosterSignatureMethod.HmacSha256,
        };

        /// <summary>The built-in presets, by <see cref="Name"/>.</summary>
        // Built on first use: static initializers of the partial files run in no promised order.
        public static IReadOnlyList<OneRosterProvider> Presets => _presets ??= Array.AsReadOnly(new[] { Standard, Timeback, TimebackPlatform, EdFi, InfiniteCampus, ClassLink });

        private static IReadOnlyList<OneRosterProvider>? _presets;

        /// <summary>Finds a preset by <see cref="Name"/>, ignoring case and '-'/'_' (<c>timeback-platform</c>, <c>InfiniteCampus</c>).</summary>
        /// <returns>False when no preset has that name.</returns>
        public static bool TryParse(string? name, out OneRosterProvider provider)
        {
            var wanted = Normalized(name);
            provider = Presets.FirstOrDefault(p => Normalized(p.Name) == wanted)!;
            return provider is not null;
        }

        /// <summary>Finds a preset by name (see <see cref="TryParse"/>).</summary>
        /// <exception cref="ArgumentException">No preset has that name.</exception>
        public static OneRosterProvider Parse(string name) =>
            TryParse(name, out var provider) ? provider
            : throw new ArgumentException($"'{name}' is not a known OneRoster provider. Known: {string.Join(", ", Presets.Select(p => p.Name))}.", nameof(name));

        private static string Normalized(string? name) =>
            (name ?? string.Empty).Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }
}
