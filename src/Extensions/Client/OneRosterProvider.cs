using System;
using System.ComponentModel;
using OneRoster.Query;

namespace OneRoster
{
    /// <summary>
    /// What a provider can do that the spec leaves open: which filters it evaluates, its largest page,
    /// and where it serves the nested resource lists. Pick a preset and override with <c>with</c>:
    /// <c>OneRosterProvider.Standard with { MaxPageSize = 1000 }</c>.
    /// </summary>
    /// <remarks>Binds from configuration by preset name (<c>"Provider": "ClassLink"</c>, see <see cref="TryParse"/>).</remarks>
    [TypeConverter(typeof(OneRosterProviderConverter))]
    public sealed partial record OneRosterProvider
    {
        /// <summary>A provider that follows the 1.2 spec: every filter form, pages of up to 100 records, standard paths.</summary>
        public static OneRosterProvider Standard { get; } = new()
        {
            Name = "Standard",
            FilterCapabilities = FilterCapabilities.Standard,
            MaxPageSize = 100,
            UsesTimebackPaths = false,
        };

        /// <summary>
        /// Timeback: at most two predicates and no AND mixed with OR (its OpenAPI text), <c>*.sourcedId</c> equality
        /// pushed down behind the adaptive check (its guide's <c>user.sourcedId</c> query), pages of up to 3000
        /// records (its documented <c>limit</c> maximum), nested resource lists under <c>/resources/v1p2/resources/…</c>.
        /// </summary>
        public static OneRosterProvider Timeback { get; } = new()
        {
            Name = "Timeback",
            FilterCapabilities = FilterCapabilities.Timeback,
            AdaptiveFilterPushdown = true,
            MaxPageSize = 3000,
            UsesTimebackPaths = true,
        };

        /// <summary>
        /// The Ed-Fi OneRoster API: pages of 10 without <c>limit</c> (at most 100), only <c>=</c> and <c>&gt;</c>, doubled
        /// quotes not unescaped (values holding <c>'</c> are evaluated client-side), records checked against the whole
        /// filter, behind the adaptive check.
        /// </summary>
        public static OneRosterProvider EdFi { get; } = new()
        {
            Name = "EdFi",
            FilterCapabilities = FilterCapabilities.EdFi,
            MaxPageSize = 100,
            DefaultPageSize = 10,
            AdaptiveFilterPushdown = true,
            VerifyPushedFilters = true,
        };

        /// <summary>A name for diagnostics.</summary>
        public string Name { get; init; } = "Custom";

        /// <summary>Which filters the provider evaluates; the rest is evaluated by the client.</summary>
        public FilterCapabilities FilterCapabilities { get; init; } = FilterCapabilities.Standard;

        private readonly int _maxPageSize = 100;

        /// <summary>The largest <c>limit</c> the provider honours; streams use it as their page size unless told otherwise.</summary>
        public int MaxPageSize
        {
            get => _maxPageSize;
            init => _maxPageSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxPageSize), value, "A page holds at least one record.");
        }

        /// <summary>
        /// Whether a 400 to a filter planned from <see cref="FilterCapabilities"/> makes the client plan more
        /// conservatively (no nested fields, then at most two predicates, then no filter) and try again, remembering it
        /// for the client's lifetime and logging it once at Warning. Off: the 400 is thrown as
        /// <c>OneRosterValidationException</c>. On for <see cref="Timeback"/> and <see cref="EdFi"/>.
        /// </summary>
        public bool AdaptiveFilterPushdown { get; init; }

        /// <summary>
        /// Whether every record the provider returns is also checked against the whole filter, not only against what
        /// was evaluated client-side: for providers known to evaluate some filters wrongly. On for <see cref="EdFi"/>.
        /// </summary>
        public bool VerifyPushedFilters { get; init; }

        /// <summary>Whether the nested resource lists live at Timeback's <c>/resources/v1p2/resources/{classes|courses|users}/…</c>.</summary>
        public bool UsesTimebackPaths { get; init; }
    }
}
