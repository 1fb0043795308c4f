using System;
using OneRoster.Rostering;

namespace OneRoster.Csv
{
    /// <summary>
    /// A row of an association file (roles, user profiles, resource and score-scale links, learning objectives): files
    /// whose rows the REST API nests inside another record, so they have no DTO of their own.
    /// </summary>
    public abstract class CsvRecord
    {
        /// <summary>The row's own sourcedId.</summary>
        public string? SourcedId { get; set; }

        /// <summary><c>active</c> or <c>tobedeleted</c> in delta files; empty in bulk files.</summary>
        public string? Status { get; set; }

        /// <summary>When the row last changed (delta files).</summary>
        public DateTimeOffset? DateLastModified { get; set; }

        /// <summary>The row's <c>metadata.*</c> extension columns, by name without the prefix.</summary>
        public Metadata? Metadata { get; set; }
    }
}
