using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OneRoster.Rostering;

namespace OneRoster.Serialization
{
    /// <summary>
    /// The property readers of the generated <c>TryReadUtf8</c> methods (build/nswag-templates/Class.Body.liquid).
    /// Each takes only the wire form for which it gives exactly what Json.NET with <see cref="OneRosterJson.Settings"/>
    /// gives, and answers false for anything else, so that the general reader decides every other case: its
    /// leniency, its errors and their messages stay in one place.
    /// </summary>
    /// <remarks>
    /// These methods and the stream's step from record to record are compiled fully optimised at their first call
    /// (<see cref="MethodImplOptions.AggressiveOptimization"/>), the small readers marked for inlining as well.
    /// Tiered compilation would run them unoptimised, then instrumented, and a fresh process keeps its single tiering
    /// thread busy (and paused by every method called for the first time) for so long that a cold 100,000-user read
    /// spent about a sixth of its time in those copies. The generated readers themselves stay tiered: code compiled
    /// at once gets no dynamic PGO, and the profile is what lets their optimised copy inline these helpers and
    /// System.Text.Json's reader; compiled at once they cost a long stream about 10% (docs/pagination.md,
    /// "Performance").
    /// </remarks>
    internal static class Utf8Records
    {
        /// <summary>
        /// The index of the property name under the reader in <paramref name="names"/>, or -1.
        /// Providers write properties in one order, so the one after the last match is tried first.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static int Match(ref Utf8JsonReader reader, byte[][] names, ref int next)
        {
            if (next < names.Length && reader.ValueTextEquals(names[next]))
            {
                return next++;
            }
            for (var i = 0; i < names.Length; i++)
            {
                if (reader.ValueTextEquals(names[i]))
                {
                    next = i + 1;
                    return i;
                }
            }
            // Json.NET would also match a name differing in case, or keep an unknown one as extension data.
            return -1;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static bool String(ref Utf8JsonReader reader, out string? value)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    value = reader.GetString();
                    return true;
                case JsonTokenType.Null:
                    value = null;
                    return true;
                default:
                    // Numbers and booleans where text is declared: Json.NET's conversions (and the string flags') apply.
                    value = null;
                    return false;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static bool Boolean(ref Utf8JsonReader reader, out bool? value)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                case JsonTokenType.False:
                    value = reader.GetBoolean();
                    return true;
                case JsonTokenType.Null:
                    value = null;
                    return true;
                default:
                    value = null;
                    return false;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static bool Int32(ref Utf8JsonReader reader, out int? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
            {
                value = number;
                return true;
            }
            return reader.TokenType == JsonTokenType.Null;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static bool Int64(ref Utf8JsonReader reader, out long? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number))
            {
                value = number;
                return true;
            }
            return reader.TokenType == JsonTokenType.Null;
        }

        /// <summary>Json.NET reads a single through a double (checked against it on random numbers by the tests).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static bool Single(ref Utf8JsonReader reader, out float? value)
        {
            var read = Double(ref reader, out var number);
            value = (float?)number;
            return read;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static bool Double(ref Utf8JsonReader reader, out double? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number))
            {
                value = number;
                return true;
            }
            return reader.TokenType == JsonTokenType.Null;
        }

        /// <summary>An ISO 8601 instant (what <see cref="LenientDateTimeConverter"/> reads first); other forms go to it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static bool Instant(ref Utf8JsonReader reader, out DateTimeOffset? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Null)
            {
                return true;
            }
            if (reader.TokenType != JsonTokenType.String || reader.GetString() is not { Length: > 0 } text
                || !IsoDateText.TryParseInstant(text, out var instant))
            {
                return false;
            }
            value = instant;
            return true;
        }

        /// <summary>A calendar date, or a date-time whose first ten characters are one, as <see cref="LenientDateConverter"/> reads it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static bool Date(ref Utf8JsonReader reader, out DateOnly? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Null)
            {
                return true;
            }
            if (reader.TokenType != JsonTokenType.String || reader.GetString() is not { } text || string.IsNullOrWhiteSpace(text)
                || !LenientDateConverter.TryParse(text, out var date))
            {
                return false;
            }
            value = date;
            return true;
        }

        /// <summary>Json.NET makes a <see cref="System.Uri"/> of any kind from non-empty text (and null from empty text).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static bool Uri(ref Utf8JsonReader reader, out Uri? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Null)
            {
                return true;
            }
            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }
            // Unescaped text in one block is the text itself: look it up before making a string of it.
            var plain = !reader.ValueIsEscaped && !reader.HasValueSequence;
            if (plain && RecentUris.TryGet(reader.ValueSpan, out value))
            {
                return true;
            }
            if (reader.GetString() is not { Length: > 0 } text || !System.Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out value))
            {
                return false;
            }
            if (plain)
            {
                RecentUris.Add(reader.ValueSpan, value);
            }
            return true;
        }

        /// <summary>
        /// Metadata whose values are text, booleans, nulls or plain numbers, as Json.NET reads them into an object
        /// (with <see cref="OneRosterJson.Settings"/>: integers as <see cref="long"/>, other numbers as
        /// <see cref="decimal"/>, keeping their digits). Nested objects and arrays, and numbers with an exponent or
        /// more digits than a decimal keeps exactly, are Json.NET's.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool Metadata(ref Utf8JsonReader reader, out Metadata? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Null)
            {
                return true;
            }
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            var metadata = new Metadata();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                if (!reader.Read() || !MetadataValue(ref reader, out var entry))
                {
                    return false;
                }
                // The last of a repeated key wins, as in Json.NET.
                metadata[key] = entry!;
            }
            value = metadata;
            return reader.TokenType == JsonTokenType.EndObject;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool MetadataValue(ref Utf8JsonReader reader, out object? value)
        {
            value = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    value = reader.GetString();
                    return true;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    value = reader.GetBoolean();
                    return true;
                case JsonTokenType.Null:
                    return true;
                case JsonTokenType.Number when !reader.HasValueSequence:
                    var digits = reader.ValueSpan;
                    if (digits.IndexOfAny((byte)'e', (byte)'E') >= 0 || digits.Length > 20)
                    {
                        return false;
                    }
                    if (digits.IndexOf((byte)'.') < 0)
                    {
                        if (!reader.TryGetInt64(out var integer))
                        {
                            return false;
                        }
                        value = integer;
                        return true;
                    }
                    if (!Utf8Parser.TryParse(digits, out decimal number, out var used) || used != digits.Length)
                    {
                        return false;
                    }
                    value = number;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>A list of strings; a null item is Json.NET's to handle.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool Strings(ref Utf8JsonReader reader, out List<string>? value)
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Null)
            {
                return true;
            }
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }
            var list = new List<string>();
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                list.Add(reader.GetString()!);
            }
            value = list;
            return reader.TokenType == JsonTokenType.EndArray;
        }

        /// <summary>A list of objects; a null item, or a single object where a list is declared, is Json.NET's to handle.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static bool List<T>(ref Utf8JsonReader reader, Utf8RecordReader<T> read, out List<T>? value)
            where T : class
        {
            value = null;
            if (reader.TokenType == JsonTokenType.Null)
            {
                return true;
            }
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }
            var list = new List<T>();
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                if (!read(ref reader, out var item))
                {
                    return false;
                }
                list.Add(item);
            }
            value = list;
            return reader.TokenType == JsonTokenType.EndArray;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static bool Object<T>(ref Utf8JsonReader reader, Utf8RecordReader<T> read, out T? value)
            where T : class
        {
            value = null;
            return reader.TokenType == JsonTokenType.Null || read(ref reader, out value);
        }

        /// <summary>A property whose type has no canonical form here (free-form JSON): read only when absent (null).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
        public static bool Absent<T>(ref Utf8JsonReader reader, out T? value)
            where T : class
        {
            value = null;
            return reader.TokenType == JsonTokenType.Null;
        }
    }
}
