using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using OneRoster.Http;
using OneRoster.Serialization;
using NewtonsoftJson = Newtonsoft.Json;

namespace OneRoster.Paging.Records
{
    /// <summary>
    /// Reads a list envelope like <see cref="ListEnvelopeReader{T}"/>, but parses the UTF-8 body in place with
    /// System.Text.Json and the record type's generated reader, which takes each property only in its canonical
    /// form. The first time anything on the page is not canonical (a property the reader does not take, JSON that
    /// System.Text.Json refuses but Json.NET may accept, a null record, ...), a <see cref="ListEnvelopeReader{T}"/>
    /// takes over the page: it passes over the records already handed out and reads the rest, so leniency, errors
    /// and their messages are Json.NET's exactly as before. Json.NET reading a User costs about twice as long
    /// (docs/pagination.md, Performance).
    /// </summary>
    /// <typeparam name="T">The record type, e.g. <c>User</c>.</typeparam>
    internal sealed class Utf8ListEnvelopeReader<T> : IPageRecords<T>
    {
        private readonly BufferedBodyContent _body;
        private readonly Type _envelopeType;
        private readonly Utf8RecordReader<T> _read;
        private readonly string? _recordsKey;
        private readonly byte[]? _recordsKeyUtf8;
        private JsonObjectContract? _envelope;
        private readonly Func<Exception, Exception> _failure;
        private readonly IReadOnlyList<string> _totalFields;
        private readonly ReadOnlySequence<byte> _bytes;
        private JsonReaderState _readerState;
        private SequencePosition _position;
        private State _state;
        private int _handedOut;
        private JObject? _otherProperties;
        private long? _bodyTotal;
        private ListEnvelopeReader<T>? _general;

        /// <param name="body">The answer's body, held in memory; the reader owns it from now on and disposes it.</param>
        /// <param name="envelopeType">The envelope the generated client would have deserialized, e.g. <c>UserSet</c>.</param>
        /// <param name="read">The record type's generated <c>TryReadUtf8</c>.</param>
        /// <param name="recordsKey">The envelope's own key of its records (other keys are looked up in its contract).</param>
        /// <param name="failure">Turns a JSON error into the exception the caller sees (it knows the request).</param>
        /// <param name="totalFields">The body fields read as the total (<see cref="OneRosterProvider.TotalFields"/>).</param>
        public Utf8ListEnvelopeReader(BufferedBodyContent body, Type envelopeType, Utf8RecordReader<T> read, Func<Exception, Exception> failure, IReadOnlyList<string>? totalFields = null, string? recordsKey = null)
        {
            _body = body;
            _envelopeType = envelopeType;
            _read = read;
            _recordsKey = recordsKey;
            _recordsKeyUtf8 = recordsKey is null ? null : Encoding.UTF8.GetBytes(recordsKey);
            _failure = failure;
            _totalFields = totalFields ?? OneRosterProvider.Standard.TotalFields;
            _bytes = body.Bytes();
            _position = _bytes.Start;
            // System.Text.Json stops at 64 levels; deeper JSON goes to Json.NET, which decides whether it can be read.
            _readerState = new JsonReaderState(new JsonReaderOptions());
        }

        private enum State
        {
            Start,
            Envelope,
            Records,
            Done,
        }

        private enum Step
        {
            Record,
            End,
            NotCanonical,
        }

        public long? BodyTotalCount => _general is null ? _bodyTotal : _general.BodyTotalCount;

        /// <summary>Whether Json.NET took over this page (for tests).</summary>
        internal bool HandedOver => _general is not null;

        // TryRead and Advance run for every record: compiled optimised at once, like the readers' helpers (Utf8Records' remarks).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryRead(out T record)
        {
            if (_general is not null)
            {
                return _general.TryRead(out record);
            }
            if (_state == State.Done)
            {
                record = default!;
                return false;
            }
            Step step;
            record = default!;
            try
            {
                step = Advance(out record);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or NewtonsoftJson.JsonException)
            {
                // System.Text.Json refused the text (or could not decode it): Json.NET, which is more lenient, decides.
                step = Step.NotCanonical;
            }
            switch (step)
            {
                case Step.Record:
                    _handedOut++;
                    return true;
                case Step.End:
                    _state = State.Done;
                    return false;
                default:
                    HandOver();
                    return _general!.TryRead(out record);
            }
        }

        public void Dispose()
        {
            _state = State.Done;
            if (_general is not null)
            {
                _general.Dispose();
            }
            else
            {
                _body.Dispose();
            }
        }

        private void HandOver()
        {
            _general = new ListEnvelopeReader<T>(_body, _envelopeType, _failure, _totalFields);
            _general.SkipRecords(_handedOut);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private Step Advance(out T record)
        {
            record = default!;
            var reader = new Utf8JsonReader(_bytes.Slice(_position), isFinalBlock: true, _readerState);
            while (true)
            {
                switch (_state)
                {
                    case State.Start:
                        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                        {
                            return Step.NotCanonical;
                        }
                        _state = State.Envelope;
                        break;
                    case State.Records:
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            _state = State.Envelope;
                            break;
                        }
                        if (reader.TokenType != JsonTokenType.StartObject || !_read(ref reader, out var read))
                        {
                            return Step.NotCanonical;
                        }
                        record = read;
                        Save(ref reader);
                        return Step.Record;
                    default:
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.EndObject)
                        {
                            // What follows the envelope (only whitespace, or more JSON) is Json.NET's to judge.
                            if (reader.Read())
                            {
                                return Step.NotCanonical;
                            }
                            _bodyTotal = ListEnvelopeReader<T>.TotalOf(_otherProperties, _envelopeType, _totalFields);
                            return Step.End;
                        }
                        var own = _recordsKeyUtf8 is not null && reader.ValueTextEquals(_recordsKeyUtf8);
                        var name = own ? _recordsKey! : reader.GetString()!;
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.StartArray && (own || HoldsRecords(name)))
                        {
                            _state = State.Records;
                            break;
                        }
                        // Last one wins, as when the whole envelope is deserialized.
                        (_otherProperties ??= new JObject())[name] = OtherProperty(ref reader);
                        break;
                }
            }
        }

        /// <summary>Whether another key holds records too (an alias, or the key in another case), as Json.NET decides.</summary>
        private bool HoldsRecords(string name)
        {
            // Resolved only here: a page under the envelope's own key needs no Json.NET contract (nor its start-up cost).
            _envelope ??= OneRosterJson.Shared.ContractResolver.ResolveContract(_envelopeType) as JsonObjectContract;
            return ListEnvelopeReader<T>.HoldsRecords(_envelope, name);
        }

        private void Save(ref Utf8JsonReader reader)
        {
            _readerState = reader.CurrentState;
            _position = reader.Position;
        }

        /// <summary>A property of the envelope that is not its records (a total, say), as Json.NET reads it.</summary>
        private JToken OtherProperty(ref Utf8JsonReader reader)
        {
            var start = reader.TokenStartIndex;
            reader.Skip();
            var sequence = _bytes.Slice(_position);
            var text = Encoding.UTF8.GetString(sequence.Slice(start, reader.BytesConsumed - start));
            using var json = OneRosterJson.Reader(new StringReader(text));
            return JToken.ReadFrom(json);
        }
    }
}
