using System;
using OneRoster.Query;

namespace OneRoster
{
    /// <summary>
    /// What a provider can do that the spec leaves open: which filters it evaluates, its largest page,
    /// and where it serves the nested resource lists. Pick a preset and override with <c>with</c>:
    /// <c>OneRosterProvider.Standard with { MaxPageSize = 1000 }</c>.
    /// </summary>
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
        /// Timeback: at most two predicates and no AND mixed with OR (its OpenAPI text), pages of up to
        /// 3000 records (its documented <c>limit</c> maximum), nested resource lists under <c>/resources/v1p2/resources/…</c>.
        /// </summary>
        public static OneRosterProvider Timeback { get; } = new()
        {
            Name = "Timeback",
            FilterCapabilities = FilterCapabilities.Timeback,
            MaxPageSize = 3000,
            UsesTimebackPaths = true,
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

        /// <summary>Whether the nested resource lists live at Timeback's <c>/resources/v1p2/resources/{classes|courses|users}/…</c>.</summary>
        public bool UsesTimebackPaths { get; init; }
    }
}
