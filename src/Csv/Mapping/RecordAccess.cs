using System;
using OneRoster.Rostering;

namespace OneRoster.Csv.Mapping
{
    /// <summary>
    /// The three columns every file starts with, and metadata, for one record type. The generated DTOs share no
    /// interface, so each type names its own properties here.
    /// </summary>
    internal sealed class RecordAccess<T>
    {
        public RecordAccess(
            Func<T, string?> id, Action<T, string?> setId,
            Func<T, string?> status, Action<T, string?> setStatus,
            Func<T, DateTimeOffset?> modified, Action<T, DateTimeOffset?> setModified,
            Func<T, Metadata?> metadata, Action<T, Metadata?> setMetadata)
        {
            Id = id;
            SetId = setId;
            Status = status;
            SetStatus = setStatus;
            Modified = modified;
            SetModified = setModified;
            Metadata = metadata;
            SetMetadata = setMetadata;
        }

        public Func<T, string?> Id { get; }

        public Action<T, string?> SetId { get; }

        public Func<T, string?> Status { get; }

        public Action<T, string?> SetStatus { get; }

        public Func<T, DateTimeOffset?> Modified { get; }

        public Action<T, DateTimeOffset?> SetModified { get; }

        public Func<T, Metadata?> Metadata { get; }

        public Action<T, Metadata?> SetMetadata { get; }
    }
}
