using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using OneRoster.Serialization;

namespace OneRoster.Tests.Serialization
{
    /// <summary>The generated UTF-8 record readers, found through the list envelopes' shapes (tests only: reflection).</summary>
    internal static class Utf8Readers
    {
        /// <summary>Every list envelope of the generated clients and its record type.</summary>
        public static IEnumerable<(Type Envelope, Type Record)> ListEnvelopes() =>
            typeof(OneRosterClient).Assembly.GetTypes()
                .Where(t => t.GetField("Shape", BindingFlags.Static | BindingFlags.NonPublic) is { } field
                    && field.FieldType.IsGenericType
                    && field.FieldType.GetGenericTypeDefinition() == typeof(OneRoster.Operations.ListEnvelope<,>))
                .Select(t => (t, t.GetField("Shape", BindingFlags.Static | BindingFlags.NonPublic)!.FieldType.GetGenericArguments()[1]))
                .OrderBy(p => p.t.FullName, StringComparer.Ordinal);

        public static Utf8RecordReader<T> Of<T>(Type envelope)
        {
            var shape = envelope.GetField("Shape", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
            return (Utf8RecordReader<T>)shape.GetType().GetProperty("ReadUtf8")!.GetValue(shape)!;
        }

        public static string? KeyOf(Type envelope)
        {
            var shape = envelope.GetField("Shape", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;
            return (string?)shape.GetType().GetProperty("RecordsKey")!.GetValue(shape);
        }

        /// <summary>The generated reader of any class that has one (<c>TryReadUtf8</c>), as a plain function.</summary>
        public static Func<byte[], (bool Read, object? Value)> ForType(Type type)
        {
            var method = type.GetMethod("TryReadUtf8", BindingFlags.Static | BindingFlags.NonPublic)
                ?? throw new InvalidOperationException($"{type.Name} has no generated TryReadUtf8.");
            var call = typeof(Utf8Readers).GetMethod(nameof(Call), BindingFlags.Static | BindingFlags.NonPublic)!.MakeGenericMethod(type);
            var reader = method.CreateDelegate(typeof(Utf8RecordReader<>).MakeGenericType(type));
            return json => ((bool, object?))call.Invoke(null, new object[] { reader, json })!;
        }

        private static (bool, object?) Call<T>(Utf8RecordReader<T> read, byte[] json)
        {
            var reader = new System.Text.Json.Utf8JsonReader(json);
            reader.Read();
            var ok = read(ref reader, out var value);
            return (ok, value);
        }
    }
}
