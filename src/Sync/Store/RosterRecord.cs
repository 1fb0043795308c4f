using System;

namespace OneRoster.Sync
{
    /// <summary>
    /// One record as a store keeps it: the key, status and dateLastModified, the references people join on, the
    /// whole record as JSON and a hash of that JSON. Built by <see cref="RosterSync"/> from what the provider sent;
    /// read back with <see cref="IRosterStore.ReadAsync"/>.
    /// </summary>
    public sealed class RosterRecord
    {
        /// <summary>Creates a record; <paramref name="sourcedId"/>, <paramref name="json"/> and <paramref name="contentHash"/> are required.</summary>
        /// <exception cref="ArgumentException">The sourcedId, JSON or hash is null or empty.</exception>
        public RosterRecord(string sourcedId, string? status, DateTimeOffset? dateLastModified, RosterReferences references, string json, string contentHash)
        {
            ArgumentException.ThrowIfNullOrEmpty(sourcedId);
            ArgumentException.ThrowIfNullOrEmpty(json);
            ArgumentException.ThrowIfNullOrEmpty(contentHash);
            SourcedId = sourcedId;
            Status = status;
            DateLastModified = dateLastModified;
            References = references;
            Json = json;
            ContentHash = contentHash;
        }

        /// <summary>The record's sourcedId (the key within its collection and tenant).</summary>
        public string SourcedId { get; }

        /// <summary>The record's status as sent (<c>active</c>; <c>tobedeleted</c> never reaches a store).</summary>
        public string? Status { get; }

        /// <summary>The record's dateLastModified as sent, or null when the provider sent none.</summary>
        public DateTimeOffset? DateLastModified { get; }

        /// <summary>The sourcedIds the record refers to, one typed column each.</summary>
        public RosterReferences References { get; }

        /// <summary>
        /// The whole record as compact JSON (unknown fields included). Read back from a store it is the same JSON value,
        /// though a store may reorder its keys and space it (<see cref="PostgresRosterStore"/> keeps it as <c>jsonb</c>);
        /// <see cref="ContentHash"/> is kept as written.
        /// </summary>
        public string Json { get; }

        /// <summary>A hash of <see cref="Json"/> (hex); equal hashes mean an unchanged record.</summary>
        public string ContentHash { get; }
    }
}
