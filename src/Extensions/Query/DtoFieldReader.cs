using System;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;
using OneRoster.Serialization;

namespace OneRoster.Query
{
    /// <summary>
    /// Reads the value at one JSON name of a record object straight from its properties, as the serializer would
    /// write it: by the contract's property (its JSON name, its converter) or the record's extension data. Only the
    /// fields a filter names are read, so checking a record costs a few property reads, not a <c>JToken</c> of the
    /// whole record.
    /// </summary>
    internal static class DtoFieldReader
    {
        /// <summary>
        /// The child of <paramref name="value"/> named <paramref name="name"/>: a CLR value, a <see cref="JToken"/>
        /// (extension data, or a property written by its converter), or null when absent. False when the value is
        /// not a plain object of the serializer (a converter owns it): the caller then reads its JSON instead.
        /// </summary>
        public static bool TryGetChild(object value, string name, out object? child)
        {
            child = null;
            JsonSerializer serializer = OneRosterJson.Shared;
            if (serializer.ContractResolver.ResolveContract(value.GetType()) is not JsonObjectContract contract || contract.Converter is not null)
            {
                return false;
            }

            JsonProperty? property = contract.Properties.GetProperty(name, StringComparison.Ordinal);
            if (property is not null && !property.Ignored && property.Readable && property.ValueProvider is { } reader)
            {
                object? raw = reader.GetValue(value);
                child = raw is null || property.Converter is null ? raw : Written(raw, property.Converter, serializer);
                return true;
            }

            if (contract.ExtensionDataGetter?.Invoke(value) is { } extensions)
            {
                foreach (var pair in extensions)
                {
                    if (pair.Key is string key && string.Equals(key, name, StringComparison.Ordinal))
                    {
                        child = pair.Value is JToken token ? token : pair.Value is null ? null : JToken.FromObject(pair.Value, serializer);
                        return true;
                    }
                }
            }

            return true;
        }

        /// <summary><paramref name="value"/> as JSON, when the serializer would not write it as a plain scalar, list or object.</summary>
        public static JToken ToToken(object value) => JToken.FromObject(value, OneRosterJson.Shared);

        private static JToken? Written(object raw, JsonConverter converter, JsonSerializer serializer)
        {
            using var writer = new JTokenWriter();
            converter.WriteJson(writer, raw, serializer);
            return writer.Token;
        }
    }
}
