using System;
using System.Collections.Generic;
using OneRoster.Serialization;

namespace OneRoster.Operations
{
    /// <summary>
    /// Where a list envelope (<c>{"users": [...]}</c>) keeps its records. Every generated <c>*Set</c> class has one
    /// (its <c>Shape</c>), so the handwritten layer reads and writes records without reflection.
    /// </summary>
    /// <typeparam name="TEnvelope">The envelope, e.g. <c>UserSet</c>.</typeparam>
    /// <typeparam name="TRecord">The record, e.g. <c>User</c>.</typeparam>
    internal sealed class ListEnvelope<TEnvelope, TRecord>
    {
        private readonly Func<TEnvelope, List<TRecord>?> _records;
        private readonly Func<List<TRecord>, TEnvelope> _wrap;

        public ListEnvelope(
            Func<TEnvelope, List<TRecord>?> records, Func<List<TRecord>, TEnvelope> wrap, Func<TRecord, string?> key, Utf8RecordReader<TRecord>? readUtf8 = null, string? recordsKey = null)
        {
            ReadUtf8 = readUtf8;
            RecordsKey = recordsKey;
            _records = records;
            _wrap = wrap;
            Key = key;
        }

        /// <summary>The record type's generated UTF-8 reader (its <c>TryReadUtf8</c>), which streams use where they can.</summary>
        public Utf8RecordReader<TRecord>? ReadUtf8 { get; }

        /// <summary>The envelope's own key of its records (<c>users</c>); the contract also knows its aliases.</summary>
        public string? RecordsKey { get; }

        /// <summary>A record's identity, its sourcedId (null when it has none): what streams de-duplicate and merge on.</summary>
        public Func<TRecord, string?> Key { get; }

        /// <summary>The records of <paramref name="envelope"/>; null when it has no list.</summary>
        public List<TRecord>? Records(TEnvelope envelope) => _records(envelope);

        /// <summary>A new envelope holding <paramref name="records"/>.</summary>
        public TEnvelope Wrap(List<TRecord> records) => _wrap(records);
    }
}
