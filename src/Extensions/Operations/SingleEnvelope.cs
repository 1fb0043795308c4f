using System;

namespace OneRoster.Operations
{
    /// <summary>
    /// Where a single-record envelope (<c>{"user": {...}}</c>) keeps its record. Every generated <c>Single*</c> class
    /// has one (its <c>Shape</c>).
    /// </summary>
    /// <typeparam name="TEnvelope">The envelope, e.g. <c>SingleUser</c>.</typeparam>
    /// <typeparam name="TRecord">The record, e.g. <c>User</c>.</typeparam>
    internal sealed class SingleEnvelope<TEnvelope, TRecord>
    {
        private readonly Func<TEnvelope, TRecord?> _record;
        private readonly Func<TRecord, TEnvelope> _wrap;

        public SingleEnvelope(Func<TEnvelope, TRecord?> record, Func<TRecord, TEnvelope> wrap, Func<TRecord, string?> key)
        {
            _record = record;
            _wrap = wrap;
            Key = key;
        }

        /// <summary>A record's sourcedId (null when it has none).</summary>
        public Func<TRecord, string?> Key { get; }

        /// <summary>The record of <paramref name="envelope"/>; null when it holds none.</summary>
        public TRecord? Record(TEnvelope envelope) => _record(envelope);

        /// <summary>A new envelope holding <paramref name="record"/>.</summary>
        public TEnvelope Wrap(TRecord record) => _wrap(record);
    }
}
