using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Tests.Architecture
{
    /// <summary>
    /// The layers of the client, highest first, as docs/architecture.md draws them: a type may use types of its own
    /// layer and of the layers below it, never of a layer above it. The configuration records are read by every layer
    /// (as options are) and themselves use nothing above the query layer.
    /// </summary>
    internal static class Layers
    {
        public static readonly IReadOnlyList<(string Layer, string[] Namespaces)> Order = new[]
        {
            ("facade", new[] { "OneRoster", "OneRoster.Collections", "Microsoft.Extensions.DependencyInjection" }),
            ("query planning", new[] { "OneRoster.Query" }),
            ("paging and streaming", new[] { "OneRoster.Paging", "OneRoster.Paging.Records" }),
            ("HTTP pipeline", new[] { "OneRoster.Http", "OneRoster.Auth" }),
            ("generated client", new[] { "OneRoster.Operations", "OneRoster.Rostering", "OneRoster.Gradebook", "OneRoster.Resources", "OneRoster.Serialization" }),
            ("models and errors", new[] { "OneRoster.Models", "OneRoster.Errors" }),
        };

        /// <summary>Settings every layer reads; they may use the query layer's capability records and below.</summary>
        public static readonly IReadOnlySet<string> Configuration = new HashSet<string>
        {
            "OneRoster.OneRosterClientOptions", "OneRoster.OneRosterRetryOptions", "OneRoster.OneRosterEnvironment",
            "OneRoster.OneRosterClientAuthentication", "OneRoster.OneRosterProvider",
            "OneRoster.OneRosterServicePaths", "OneRoster.OneRosterService", "OneRoster.OneRosterVersion",
            "OneRoster.OneRosterAuthScheme", "OneRoster.OneRosterSignatureMethod",
        };

        /// <summary>The layer's rank (0 = highest), or null for a namespace outside the client (compiler-emitted types).</summary>
        public static int? RankOf(string typeName)
        {
            if (Configuration.Contains(typeName))
            {
                return Order.Count;
            }
            var dot = typeName.LastIndexOf('.');
            var ns = dot < 0 ? string.Empty : typeName[..dot];
            for (var i = 0; i < Order.Count; i++)
            {
                if (Order[i].Namespaces.Contains(ns))
                {
                    return i;
                }
            }
            return null;
        }

        /// <summary>Every use of a type by a type of a lower layer, as "user (layer) uses used (layer)".</summary>
        public static IReadOnlyList<string> BackwardReferences(IEnumerable<(string User, string Used)> references)
        {
            var found = new List<string>();
            foreach (var (user, used) in references)
            {
                if (RankOf(user) is not { } userRank || RankOf(used) is not { } usedRank)
                {
                    continue;
                }
                // Configuration is below everything as a target; as a user it sits just under the query layer.
                var effectiveUser = Configuration.Contains(user) ? 1 : userRank;
                if (Configuration.Contains(used))
                {
                    continue;
                }
                if (usedRank < effectiveUser)
                {
                    found.Add($"{user} ({LayerName(user)}) uses {used} ({LayerName(used)})");
                }
            }
            return found.OrderBy(f => f, System.StringComparer.Ordinal).ToList();
        }

        private static string LayerName(string type) =>
            Configuration.Contains(type) ? "configuration" : Order[RankOf(type)!.Value].Layer;
    }
}
