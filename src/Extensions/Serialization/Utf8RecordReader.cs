using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace OneRoster.Serialization
{
    /// <summary>
    /// A generated <c>TryReadUtf8</c>: reads the object under <paramref name="reader"/> (at its start) in its canonical
    /// form, or answers false, leaving the reader anywhere inside it, when the JSON needs Json.NET's general reader.
    /// </summary>
    internal delegate bool Utf8RecordReader<T>(ref Utf8JsonReader reader, [NotNullWhen(true)] out T? value);
}
