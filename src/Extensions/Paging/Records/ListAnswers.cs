using System;
using System.Collections.Generic;
using OneRoster.Http;
using OneRoster.Operations;
using OneRoster.Rostering;
using OneRoster.Serialization;

namespace OneRoster.Paging.Records
{
    /// <summary>
    /// Turns the answer of a list operation into a <see cref="PageResponse{T}"/>: the page's records (left in the body
    /// for a stream to read one at a time, or deserialized whole for a single page) and its paging signals.
    /// </summary>
    internal static class ListAnswers
    {
        /// <param name="answer">The list answer; owned from here on.</param>
        /// <param name="operation">The operation it answers, which knows its envelope.</param>
        /// <param name="recordByRecord">
        /// Leave the records in the body (streams); the stream reads them one at a time and disposes the reader.
        /// Otherwise the page is deserialized here (<see cref="OneRosterClient"/>'s <c>ListAsync</c>).
        /// </param>
        /// <exception cref="OneRoster.Errors.OneRosterProtocolException">The body is not a list envelope, or the list holds null.</exception>
        /// <param name="totalFields">The body fields read as the total (<see cref="OneRosterProvider.TotalFields"/>); null for <c>totalCount</c>.</param>
        /// <param name="mapping">Rewrites the records from OneRoster 1.1 (<see cref="OneRoster11Payloads.ReadingFor"/>); null for a 1.2 provider.</param>
        public static PageResponse<TRecord> Read<TEnvelope, TRecord>(
            Answer answer, ListOperation<TEnvelope, TRecord> operation, bool recordByRecord, IReadOnlyList<string>? totalFields = null, OneRoster11Mapping? mapping = null)
        {
            totalFields ??= OneRosterProvider.Standard.TotalFields;
            var signals = PageSignals.Of(answer);
            if (recordByRecord && answer.TakeBody() is { } body)
            {
                answer.Dispose();
                return new PageResponse<TRecord>(Array.Empty<TRecord>())
                {
                    TotalCount = signals.TotalCount,
                    NextLink = signals.NextLink,
                    HasLinkHeader = signals.HasLinkHeader,
                    Records = Reader(body, operation, ex => answer.BrokenContract("the body could not be read", ex), totalFields, mapping),
                };
            }
            using (answer)
            {
                var envelope = answer.Read<TEnvelope>(mapping);
                IReadOnlyList<TRecord> items = envelope is null ? Array.Empty<TRecord>() : operation.Envelope.Records(envelope) ?? (IReadOnlyList<TRecord>)Array.Empty<TRecord>();
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is null)
                    {
                        throw answer.BrokenContract("the body could not be read", ListEnvelopeReader<TRecord>.NullRecord($"item {i} of the list"));
                    }
                }
                return new PageResponse<TRecord>(items)
                {
                    TotalCount = signals.TotalCount ?? BodyTotal.Of(envelope, totalFields),
                    NextLink = signals.NextLink,
                    HasLinkHeader = signals.HasLinkHeader,
                    // The list was deserialized for this page alone.
                    ReleaseItemsWhenRead = true,
                };
            }
        }

        /// <summary>
        /// The UTF-8 reader where the record type has one and the records need no rewriting from OneRoster 1.1;
        /// Json.NET's reader otherwise (the UTF-8 reader also hands a page over to it at the first doubt).
        /// </summary>
        private static IPageRecords<TRecord> Reader<TEnvelope, TRecord>(
            BufferedBodyContent body, ListOperation<TEnvelope, TRecord> operation, Func<Exception, Exception> failure, IReadOnlyList<string> totalFields, OneRoster11Mapping? mapping) =>
            mapping is null && operation.Envelope.ReadUtf8 is { } read
                ? new Utf8ListEnvelopeReader<TRecord>(body, typeof(TEnvelope), read, failure, totalFields, operation.Envelope.RecordsKey)
                : new ListEnvelopeReader<TRecord>(body, typeof(TEnvelope), failure, totalFields, mapping);
    }
}
