using System;
using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Testing
{
    // What makes the fake speak a provider profile of the client (OneRosterProvider): where each service lives, under
    // which name the body total travels, page default and cap, the token path and the headers a service demands.
    public sealed partial class FakeServerOptions
    {
        /// <summary>Where the fake serves each service; default the standard <c>ims/oneroster/…/v1p2</c>. Other roots answer 404.</summary>
        public OneRosterServicePaths ServicePaths { get; set; } = OneRosterServicePaths.Standard;

        /// <summary>The name of the body total when <see cref="BodyTotalCount"/> is on: <c>totalCount</c> (default) or, as the Timeback Platform sends it, <c>total</c>.</summary>
        public string BodyTotalName { get; set; } = "totalCount";

        /// <summary>Quirk: no <c>X-Total-Count</c> header, while the body total (<see cref="BodyTotalCount"/>) stays — a client then learns the size from the body alone.</summary>
        public bool NoTotalHeader { get; set; }

        /// <summary>
        /// The OneRoster version of the records the fake sends: <see cref="OneRosterVersion.V1p2"/> (default) or, as a 1.1
        /// provider such as ClassLink, <see cref="OneRosterVersion.V1p1"/>: users with one <c>role</c> and <c>orgs</c>
        /// (the primary org first) instead of <c>roles</c> and <c>primaryOrg</c>, line items with <c>gradingPeriod</c>,
        /// and none of the fields 1.2 added (docs/testing.md lists them). Filters see the 1.1 records. Records written in
        /// the 1.1 shape are kept as 1.2 (role and orgs as role assignments), so links and nested lists still work.
        /// </summary>
        public OneRosterVersion PayloadVersion { get; set; } = OneRosterVersion.V1p2;

        /// <summary>The token endpoint's path under the root; default <c>oauth2/token</c> (the Timeback Platform uses <c>auth/1.0/token</c>).</summary>
        public string TokenPath { get; set; } = "oauth2/token";

        /// <summary>
        /// Headers each service demands (name → exact value, e.g. Infinite Campus's <c>x-vendor-authorization</c> on
        /// Gradebook); a request without them is answered 401. Empty by default.
        /// </summary>
        public IDictionary<OneRosterService, IDictionary<string, string>> RequiredHeaders { get; set; } = new Dictionary<OneRosterService, IDictionary<string, string>>();

        /// <summary>
        /// Options that answer as a provider of <paramref name="provider"/>'s profile: its service roots, its body total
        /// (named as its first <see cref="OneRosterProvider.TotalFields"/> entry, without the header, when that is not
        /// <c>totalCount</c>), its default page (<see cref="OneRosterProvider.DefaultPageSize"/>, else 100) and largest
        /// page as a silent cap, its payload version (1.1 records for ClassLink), Timeback's filter limits for the two
        /// Timeback presets, Timeback's in-list operator for <see cref="OneRosterProvider.Timeback"/>, its auth scheme (OAuth
        /// 1.0a signatures verified for <see cref="OneRosterProvider.ClassLink"/>), and the headers its services are sent
        /// with, now demanded.
        /// </summary>
        public static FakeServerOptions For(OneRosterProvider provider)
        {
            ArgumentNullException.ThrowIfNull(provider);
            var bodyTotal = provider.TotalFields.FirstOrDefault(f => !string.Equals(f, "totalCount", StringComparison.OrdinalIgnoreCase));
            return new FakeServerOptions
            {
                ServicePaths = provider.ServicePaths,
                PayloadVersion = provider.PayloadVersion,
                DefaultPageSize = provider.DefaultPageSize ?? 100,
                LimitCap = provider.MaxPageSize,
                BodyTotalCount = bodyTotal is not null,
                BodyTotalName = bodyTotal ?? "totalCount",
                NoTotalHeader = bodyTotal is not null,
                // By preset name, not by reading the profile's FilterCapabilities: the fake's filter rules stay its own
                // (FilterIndependenceTests), so a client bug in them is not mirrored here.
                TimebackFilterLimits = provider.Name is "Timeback" or "TimebackPlatform",
                InListFilterOperator = provider.Name is "Timeback",
                AuthScheme = provider.AuthScheme,
                RequiredHeaders = provider.ServiceHeaders.ToDictionary(
                    e => e.Key, e => (IDictionary<string, string>)new Dictionary<string, string>(e.Value.ToDictionary(h => h.Key, h => h.Value), StringComparer.OrdinalIgnoreCase)),
            };
        }

        /// <summary>
        /// The Timeback Platform API: <c>rostering/1.0</c> roots, <c>limit</c> default 10 and at most 100, list bodies
        /// with <c>total</c> (no header), at most two predicates without mixing AND and OR, token at <c>auth/1.0/token</c>.
        /// </summary>
        public static FakeServerOptions TimebackPlatform()
        {
            var options = For(OneRosterProvider.TimebackPlatform);
            options.TokenPath = "auth/1.0/token";
            return options;
        }

        private IEnumerable<string> ProfileErrors()
        {
            if (ServicePaths is null)
            {
                yield return "ServicePaths must not be null.";
            }
            if (string.IsNullOrWhiteSpace(BodyTotalName))
            {
                yield return "BodyTotalName must not be blank.";
            }
            if (string.IsNullOrWhiteSpace(TokenPath?.Trim('/')))
            {
                yield return "TokenPath must not be blank.";
            }
            if (RequiredHeaders is null)
            {
                yield return "RequiredHeaders must not be null (leave it empty for none).";
            }
        }
    }
}
