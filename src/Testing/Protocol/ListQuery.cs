using System.Globalization;

namespace OneRoster.Testing.Protocol
{
    /// <summary>The list parameters of a request (limit, offset, sort, orderBy, filter, fields, search), checked.</summary>
    internal sealed class ListQuery
    {
        private ListQuery()
        {
        }

        /// <summary>The requested limit, or null when the client sent none.</summary>
        public int? Limit { get; private init; }

        public int Offset { get; private init; }

        public string? Sort { get; private init; }

        public bool Descending { get; private init; }

        public RecordFilter? Filter { get; private init; }

        public FieldSelection? Fields { get; private init; }

        public string? Search { get; private init; }

        /// <summary>True when every record must be built to answer (filter, search or sort).</summary>
        public bool NeedsRecords => Filter is not null || Search is not null || Sort is not null;

        /// <exception cref="ProtocolError">400 for a limit, offset, orderBy, filter or fields value that is not valid.</exception>
        public static ListQuery Parse(QueryString query)
        {
            var orderBy = query["orderBy"];
            if (orderBy is not null and not "asc" and not "desc")
            {
                throw ProtocolError.BadRequest(StatusInfo.InvalidSortField, $"orderBy must be 'asc' or 'desc', not '{orderBy}'.");
            }
            var filter = query["filter"];
            var search = query["search"];
            var sort = query["sort"];
            return new ListQuery
            {
                Limit = Number(query, "limit", 1),
                Offset = Number(query, "offset", 0) ?? 0,
                Sort = string.IsNullOrWhiteSpace(sort) ? null : sort.Trim(),
                Descending = orderBy == "desc",
                Filter = string.IsNullOrWhiteSpace(filter) ? null : RecordFilter.Parse(filter),
                Fields = FieldSelection.Parse(query["fields"]),
                Search = string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
            };
        }

        /// <summary>Only the fields parameter, for single-record reads.</summary>
        public static FieldSelection? FieldsOf(QueryString query) => FieldSelection.Parse(query["fields"]);

        private static int? Number(QueryString query, string name, int minimum)
        {
            var text = query[name];
            if (text is null)
            {
                return null;
            }
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < minimum)
            {
                throw ProtocolError.BadRequest(StatusInfo.InvalidData, $"{name} must be an integer of at least {minimum}, not '{text}'.");
            }
            return value;
        }
    }
}
