using System;
using System.Collections.Generic;
using System.Text;

namespace OneRoster.Query
{
    /// <summary>
    /// How to get exactly the records of a filter from a provider with given
    /// <see cref="FilterCapabilities"/>: the filters to send, and what the client evaluates on the
    /// records that come back.
    /// </summary>
    /// <remarks>
    /// Guarantee: for every record r, r satisfies the full filter if and only if r satisfies at
    /// least one of <see cref="ServerFilters"/> and satisfies <see cref="Residual"/>. A stream therefore
    /// runs one request stream per server filter, keeps the records the residual matches, and merges
    /// the streams without duplicates (by <c>sourcedId</c>).
    /// </remarks>
    public sealed class QueryPlan
    {
        internal QueryPlan(IReadOnlyList<string?> serverFilters, Filter? residual)
        {
            ServerFilters = new List<string?>(serverFilters).AsReadOnly();
            Residual = residual;
            ResidualFields = TopLevelFields(residual);
        }

        /// <summary>
        /// The <c>filter</c> parameter of each request stream, at least one; a null entry means "send no
        /// filter". Several entries are alternatives whose union the client merges without duplicates.
        /// </summary>
        public IReadOnlyList<string?> ServerFilters { get; }

        /// <summary>What the client evaluates on each returned record (<see cref="Filter.Matches"/>); null when the provider evaluates everything.</summary>
        public Filter? Residual { get; }

        /// <summary>True when the client filters records or merges several streams, so a page may hold fewer records than its limit.</summary>
        public bool NeedsClientWork => Residual is not null || ServerFilters.Count > 1;

        /// <summary>The top-level fields the residual reads (<c>roles</c> for <c>roles.role</c>), in first-use order.</summary>
        public IReadOnlyList<string> ResidualFields { get; }

        /// <summary>
        /// The <c>fields</c> parameter to send for <paramref name="query"/>: null when it selects no
        /// fields (all are returned); otherwise its fields plus the residual's fields and, when streams are
        /// merged, <c>sourcedId</c>, so client-side work sees what it needs.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
        public string? FieldsTextFor(OneRosterQuery query)
        {
            ArgumentNullException.ThrowIfNull(query);
            if (query.FieldNames.Count == 0)
            {
                return null;
            }

            var fields = new List<string>(query.FieldNames);
            var needed = new List<string>(ResidualFields);
            if (ServerFilters.Count > 1)
            {
                needed.Add("sourcedId");
            }

            foreach (string field in needed)
            {
                if (!fields.Contains(field))
                {
                    fields.Add(field);
                }
            }

            return string.Join(",", fields);
        }

        /// <summary>A one-line description, e.g. <c>server: [role='teacher' AND status='active'] residual: org.sourcedId='x'</c>.</summary>
        public override string ToString()
        {
            var builder = new StringBuilder("server: [");
            for (int i = 0; i < ServerFilters.Count; i++)
            {
                builder.Append(i > 0 ? " | " : string.Empty).Append(ServerFilters[i] ?? "(no filter)");
            }

            return builder.Append("] residual: ").Append(Residual?.ToString() ?? "(none)").ToString();
        }

        private static IReadOnlyList<string> TopLevelFields(Filter? residual)
        {
            if (residual is null)
            {
                return Array.Empty<string>();
            }

            var predicates = new List<PredicateFilter>();
            residual.CollectPredicates(predicates);
            var fields = new List<string>();
            foreach (PredicateFilter predicate in predicates)
            {
                int dot = predicate.FieldName.IndexOf('.', StringComparison.Ordinal);
                string top = dot < 0 ? predicate.FieldName : predicate.FieldName[..dot];
                if (!fields.Contains(top))
                {
                    fields.Add(top);
                }
            }

            return fields;
        }
    }
}
