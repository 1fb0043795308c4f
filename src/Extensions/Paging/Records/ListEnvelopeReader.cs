using System;
using System.Collections.Generic;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using OneRoster.Http;
using OneRoster.Serialization;

namespace OneRoster.Paging.Records
{
    /// <summary>
    /// Reads a list envelope (<c>{"users": [...], "totalCount": 120}</c>) one record at a time from a body held in
    /// memory, with the same contracts, converters and key aliases as deserializing the whole envelope: every
    /// property of the envelope typed as a list of records is streamed, in document order; everything else is
    /// collected and deserialized into the envelope type at the end, which is where a body total is read.
    /// </summary>
    /// <typeparam name="T">The record type, e.g. <c>User</c>.</typeparam>
    internal sealed class ListEnvelopeReader<T> : IPageRecords<T>
    {
        private static JsonSerializer Serializer => OneRosterJson.Shared;

        private readonly BufferedBodyContent _body;
        private readonly JsonTextReader _reader;
        private readonly Type _envelopeType;
        private readonly JsonObjectContract? _envelope;
        private readonly Func<Exception, Exception> _failure;
        private JObject? _otherProperties;
        private State _state;
        private readonly IReadOnlyList<string> _totalFields;
        private readonly OneRoster11Mapping? _mapping;

        /// <param name="body">The answer's body, held in memory; the reader owns it from now on and disposes it.</param>
        /// <param name="envelopeType">The envelope the generated client would have deserialized, e.g. <c>UserSet</c>.</param>
        /// <param name="failure">Turns a JSON error into the exception the caller sees (it knows the request).</param>
        /// <param name="totalFields">The body fields read as the total (<see cref="OneRosterProvider.TotalFields"/>).</param>
        /// <param name="mapping">Rewrites each record from OneRoster 1.1 before it is deserialized; null (a 1.2 provider) for none.</param>
        public ListEnvelopeReader(BufferedBodyContent body, Type envelopeType, Func<Exception, Exception> failure, IReadOnlyList<string>? totalFields = null, OneRoster11Mapping? mapping = null)
        {
            _mapping = mapping;
            _totalFields = totalFields ?? OneRosterProvider.Standard.TotalFields;
            _body = body;
            _envelopeType = envelopeType;
            _envelope = Serializer.ContractResolver.ResolveContract(envelopeType) as JsonObjectContract;
            _failure = failure;
            // The serializer's reading settings, set once here rather than swapped in and out for every record.
            _reader = OneRosterJson.Reader(new StreamReader(body.OpenRead()));
        }

        private enum State
        {
            Start,
            Envelope,
            Records,
            Done,
        }

        public long? BodyTotalCount { get; private set; }

        public bool TryRead(out T record)
        {
            try
            {
                return Advance(out record, deserialize: true);
            }
            catch (JsonException ex)
            {
                _state = State.Done;
                throw _failure(ex);
            }
        }

        /// <summary>
        /// Passes over the first <paramref name="count"/> records without deserializing them: a reader taking over
        /// from <see cref="Utf8ListEnvelopeReader{T}"/>, which handed them out already.
        /// </summary>
        public void SkipRecords(int count)
        {
            try
            {
                for (var i = 0; i < count; i++)
                {
                    if (!Advance(out _, deserialize: false))
                    {
                        throw new JsonSerializationException($"The body holds fewer than the {count} records already read from it.");
                    }
                }
            }
            catch (JsonException ex)
            {
                _state = State.Done;
                throw _failure(ex);
            }
        }

        public void Dispose()
        {
            _state = State.Done;
            _reader.Close();
            _body.Dispose();
        }

        private bool Advance(out T record, bool deserialize)
        {
            record = default!;
            while (true)
            {
                switch (_state)
                {
                    case State.Done:
                        return false;
                    case State.Start:
                        if (!_reader.Read() || _reader.TokenType != JsonToken.StartObject)
                        {
                            throw new JsonSerializationException(
                                $"Expected a JSON object holding a list of {typeof(T).Name} records; the body {(_reader.TokenType == JsonToken.None ? "is empty" : $"starts with {_reader.TokenType}")}.");
                        }
                        _state = State.Envelope;
                        break;
                    case State.Records:
                        ReadToken();
                        if (_reader.TokenType == JsonToken.EndArray)
                        {
                            _state = State.Envelope;
                            break;
                        }
                        if (_reader.TokenType == JsonToken.Null)
                        {
                            throw NullRecord(_reader.Path);
                        }
                        if (!deserialize)
                        {
                            _reader.Skip();
                            return true;
                        }
                        record = _mapping is null ? Serializer.Deserialize<T>(_reader)! : ReadMapped();
                        return true;
                    default:
                        ReadToken();
                        if (_reader.TokenType == JsonToken.EndObject)
                        {
                            Finish();
                            return false;
                        }
                        if (_reader.TokenType == JsonToken.PropertyName)
                        {
                            var name = (string)_reader.Value!;
                            ReadToken();
                            if (_reader.TokenType == JsonToken.StartArray && HoldsRecords(_envelope, name))
                            {
                                _state = State.Records;
                                break;
                            }
                            // Last one wins, as when the whole envelope is deserialized.
                            (_otherProperties ??= new JObject())[name] = JToken.ReadFrom(_reader);
                        }
                        break;
                }
            }
        }

        /// <summary>A 1.1 record: its JSON rewritten into the 1.2 shape, then deserialized as the 1.2 path would.</summary>
        private T ReadMapped()
        {
            var token = JToken.ReadFrom(_reader);
            if (token is JObject json)
            {
                _mapping!.Read(json);
            }
            return token.ToObject<T>(Serializer)!;
        }

        /// <summary>A list of records holding null: nothing to hand out, and dropping it would hide the provider's fault.</summary>
        internal static JsonSerializationException NullRecord(string where) =>
            new($"The list holds null in place of a {typeof(T).Name} record (at '{where}').");

        private void ReadToken()
        {
            if (!_reader.Read())
            {
                throw new JsonSerializationException($"The body ended before its JSON was complete (path '{_reader.Path}').");
            }
        }

        /// <summary>Whether the envelope's contract (<paramref name="envelope"/>) maps <paramref name="name"/> to a list of records (its own key or an alias).</summary>
        internal static bool HoldsRecords(JsonObjectContract? envelope, string name) =>
            envelope?.Properties.GetClosestMatchProperty(name) is { Ignored: false, Writable: true } property
            && property.PropertyType == typeof(System.Collections.Generic.List<T>);

        private void Finish()
        {
            _state = State.Done;
            BodyTotalCount = TotalOf(_otherProperties, _envelopeType, _totalFields);
        }

        /// <summary>The body total among the envelope's other properties, read as when the whole envelope is deserialized.</summary>
        internal static long? TotalOf(JObject? otherProperties, Type envelopeType, IReadOnlyList<string> totalFields) =>
            otherProperties is null ? null : BodyTotal.Of(otherProperties.ToObject(envelopeType, Serializer), totalFields);
    }
}
