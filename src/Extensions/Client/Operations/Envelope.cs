using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace OneRoster.Operations
{
    /// <summary>
    /// Unwraps and wraps the OneRoster envelopes (<c>{"users": [...]}</c>, <c>{"user": {...}}</c>) so
    /// they never reach the user. Property lookups are cached per envelope type.
    /// </summary>
    internal static class Envelope
    {
        private static readonly ConcurrentDictionary<(Type Envelope, Type Item), PropertyInfo?> Properties = new();

        /// <summary>The records of a list envelope; an absent list is an empty page.</summary>
        public static IReadOnlyList<T> Items<T>(object? envelope)
        {
            if (envelope is null)
            {
                return Array.Empty<T>();
            }
            var property = Find(envelope.GetType(), typeof(List<T>));
            return property?.GetValue(envelope) as List<T> ?? (IReadOnlyList<T>)Array.Empty<T>();
        }

        /// <summary>The record of a single envelope, or the answer itself when it already is the record.</summary>
        public static T? Single<T>(object? envelope) where T : class
        {
            if (envelope is T record)
            {
                return record;
            }
            return envelope is null ? null : Find(envelope.GetType(), typeof(T))?.GetValue(envelope) as T;
        }

        /// <summary>Wraps <paramref name="record"/> into a new <paramref name="envelopeType"/>.</summary>
        public static object Wrap(Type envelopeType, object record)
        {
            if (envelopeType.IsInstanceOfType(record))
            {
                return record;
            }
            var envelope = Activator.CreateInstance(envelopeType)!;
            var property = Find(envelopeType, record.GetType())
                ?? throw new InvalidOperationException($"{envelopeType.Name} cannot hold a {record.GetType().Name}.");
            property.SetValue(envelope, record);
            return envelope;
        }

        /// <summary>Wraps <paramref name="records"/> into a new list envelope.</summary>
        public static object WrapList<T>(Type envelopeType, IEnumerable<T> records)
        {
            var envelope = Activator.CreateInstance(envelopeType)!;
            var property = Find(envelopeType, typeof(List<T>))
                ?? throw new InvalidOperationException($"{envelopeType.Name} cannot hold a list of {typeof(T).Name}.");
            property.SetValue(envelope, records.ToList());
            return envelope;
        }

        /// <summary>
        /// The sourcedId a create answer allocated: the first <c>sourcedIdPairs</c> entry, or the
        /// <c>sourcedId</c> of an echoed record (some providers answer the created record instead).
        /// </summary>
        public static string? AllocatedSourcedId(object? answer)
        {
            switch (answer)
            {
                case OneRoster.Rostering.GuidPairSet pairs:
                    var pair = pairs.SourcedIdPairs?.FirstOrDefault(p => !string.IsNullOrEmpty(p.AllocatedSourcedId));
                    if (pair is not null)
                    {
                        return pair.AllocatedSourcedId;
                    }
                    return pairs.AdditionalProperties.Values.OfType<JObject>()
                        .Select(o => (string?)o["sourcedId"])
                        .FirstOrDefault(id => !string.IsNullOrEmpty(id));
                case null:
                    return null;
                default:
                    var sourcedId = answer.GetType().GetProperty("SourcedId")?.GetValue(answer) as string;
                    return sourcedId ?? answer.GetType().GetProperties()
                        .Where(p => p.PropertyType.IsClass && p.PropertyType != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(p.PropertyType))
                        .Select(p => p.GetValue(answer)?.GetType().GetProperty("SourcedId")?.GetValue(p.GetValue(answer)) as string)
                        .FirstOrDefault(id => !string.IsNullOrEmpty(id));
            }
        }

        private static PropertyInfo? Find(Type envelopeType, Type valueType) =>
            Properties.GetOrAdd((envelopeType, valueType), key => key.Envelope
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => p.PropertyType == key.Item && p.CanRead && p.CanWrite));
    }
}
