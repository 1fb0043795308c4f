using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

using OneRoster.Models;

namespace OneRoster.Query
{
    /// <summary>
    /// The query parameters every OneRoster list accepts (<c>filter sort orderBy fields limit offset</c>,
    /// plus Timeback's <c>search</c>). Immutable: each call returns a new query, so a query can be
    /// shared and extended freely.
    /// </summary>
    /// <example>
    /// <code>
    /// OneRosterQuery q = OneRosterQuery.Empty
    ///     .Where(Filter.Field("status").EqualTo("active"))
    ///     .OrderBy("familyName")
    ///     .Fields("sourcedId", "givenName", "familyName")
    ///     .Limit(100);
    /// </code>
    /// </example>
    public sealed class OneRosterQuery
    {
        private static readonly string[] NoFields = Array.Empty<string>();

        private OneRosterQuery(Filter? filter, string? sortField, SortOrder? sortDirection, IReadOnlyList<string> fieldNames, int? limit, int? offset, string? search)
        {
            Filter = filter;
            SortField = sortField;
            SortDirection = sortDirection;
            FieldNames = fieldNames;
            LimitValue = limit;
            OffsetValue = offset;
            SearchText = search;
        }

        /// <summary>No parameters: the provider's defaults.</summary>
        public static OneRosterQuery Empty { get; } = new(null, null, null, NoFields, null, null, null);

        /// <summary>The filter, or null for none.</summary>
        public Filter? Filter { get; }

        /// <summary>The <c>filter</c> parameter's text, or null.</summary>
        public string? FilterText => Filter?.ToString();

        /// <summary>The <c>sort</c> field, or null.</summary>
        public string? SortField { get; }

        /// <summary>The <c>orderBy</c> direction, set together with <see cref="SortField"/>.</summary>
        public SortOrder? SortDirection { get; }

        /// <summary>The <c>fields</c> selection, in the order given; empty for all fields.</summary>
        public IReadOnlyList<string> FieldNames { get; }

        /// <summary>The <c>fields</c> parameter's text (<c>a,b,c</c>), or null when no fields are selected.</summary>
        public string? FieldsText => FieldNames.Count == 0 ? null : string.Join(",", FieldNames);

        /// <summary>The <c>limit</c>, or null for the provider's default.</summary>
        public int? LimitValue { get; }

        /// <summary>The <c>offset</c>, or null for 0.</summary>
        public int? OffsetValue { get; }

        /// <summary>The <c>search</c> text (a Timeback extension), or null.</summary>
        public string? SearchText { get; }

        /// <summary>Adds a filter; a second call is joined to the first with AND.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
        public OneRosterQuery Where(Filter filter)
        {
            ArgumentNullException.ThrowIfNull(filter);
            return With(filter: Filter is null ? filter : Filter.And(filter));
        }

        /// <summary>Adds a filter written as OneRoster text (read with <see cref="Query.Filter.Parse"/>, so mistakes fail here, not at the provider).</summary>
        /// <exception cref="ArgumentNullException"><paramref name="filterText"/> is null.</exception>
        /// <exception cref="FilterParseException">The text is not a filter.</exception>
        public OneRosterQuery Where(string filterText) => Where(Query.Filter.Parse(filterText));

        /// <summary>Sorts ascending by <paramref name="field"/> (<c>sort=field&amp;orderBy=asc</c>); replaces an earlier sort.</summary>
        /// <exception cref="ArgumentException"><paramref name="field"/> is null, empty or not a field name.</exception>
        public OneRosterQuery OrderBy(string field) =>
            With(sortField: FieldNameSyntax.Validate(field, nameof(field)), sortDirection: SortOrder.Ascending);

        /// <summary>Sorts descending by <paramref name="field"/> (<c>sort=field&amp;orderBy=desc</c>); replaces an earlier sort.</summary>
        /// <exception cref="ArgumentException"><paramref name="field"/> is null, empty or not a field name.</exception>
        public OneRosterQuery OrderByDescending(string field) =>
            With(sortField: FieldNameSyntax.Validate(field, nameof(field)), sortDirection: SortOrder.Descending);

        /// <summary>Selects the fields to return (<c>fields=a,b,c</c>); replaces an earlier selection, drops repeats.</summary>
        /// <exception cref="ArgumentException">No names, or a name that is null, empty or not a field name.</exception>
        public OneRosterQuery Fields(params string[] names)
        {
            ArgumentNullException.ThrowIfNull(names);
            if (names.Length == 0)
            {
                throw new ArgumentException("Name at least one field; a query without Fields returns all fields.", nameof(names));
            }

            var unique = new List<string>(names.Length);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string name in names)
            {
                if (seen.Add(FieldNameSyntax.Validate(name, nameof(names))))
                {
                    unique.Add(name);
                }
            }

            return With(fieldNames: unique.ToArray());
        }

        /// <summary>Sets the page size (<c>limit</c>). Providers may cap it silently.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is less than 1.</exception>
        public OneRosterQuery Limit(int limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
            return With(limit: limit);
        }

        /// <summary>Sets the index of the first record (<c>offset</c>).</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
        public OneRosterQuery Offset(int offset)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(offset);
            return With(offset: offset);
        }

        /// <summary>Sets Timeback's free-text <c>search</c> (case-insensitive, across the fields the provider chooses).</summary>
        /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or blank.</exception>
        public OneRosterQuery Search(string text)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(text);
            return With(search: text);
        }

        /// <summary>
        /// The query string the generated clients send for this query, parameters in their order
        /// (<c>limit offset sort orderBy filter fields search</c>), each value escaped once with
        /// <see cref="Uri.EscapeDataString(string)"/>; empty when no parameter is set.
        /// </summary>
        public string ToQueryString()
        {
            var builder = new StringBuilder();
            Append(builder, "limit", LimitValue?.ToString(CultureInfo.InvariantCulture));
            Append(builder, "offset", OffsetValue?.ToString(CultureInfo.InvariantCulture));
            Append(builder, "sort", SortField);
            Append(builder, "orderBy", SortDirection?.Value);
            Append(builder, "filter", FilterText);
            Append(builder, "fields", FieldsText);
            Append(builder, "search", SearchText);
            return builder.ToString();
        }

        /// <summary>The query string (<see cref="ToQueryString"/>).</summary>
        public override string ToString() => ToQueryString();

        private static void Append(StringBuilder builder, string name, string? value)
        {
            if (value is null)
            {
                return;
            }

            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        private OneRosterQuery With(
            Filter? filter = null,
            string? sortField = null,
            SortOrder? sortDirection = null,
            IReadOnlyList<string>? fieldNames = null,
            int? limit = null,
            int? offset = null,
            string? search = null) =>
            new(
                filter ?? Filter,
                sortField ?? SortField,
                sortDirection ?? SortDirection,
                fieldNames ?? FieldNames,
                limit ?? LimitValue,
                offset ?? OffsetValue,
                search ?? SearchText);
    }
}
