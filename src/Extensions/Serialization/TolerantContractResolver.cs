using System;
using System.Collections.Generic;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace OneRoster.Serialization
{
    /// <summary>
    /// Puts a tolerant converter on the DTO properties whose wire form varies between providers.
    /// Working at the contract level (not with global converters) keeps the per-token cost of the
    /// common properties at zero, and it overrides the converters NSwag puts on properties.
    /// </summary>
    internal sealed class TolerantContractResolver : DefaultContractResolver
    {
        public static TolerantContractResolver Instance { get; } = new();

        // The 1.2 binding types these flags as the strings "true"/"false"; providers also send JSON booleans.
        private static readonly HashSet<string> StringFlags = new(StringComparer.Ordinal)
        {
            "enabledUser", "primary",
            "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican",
            "nativeHawaiianOrOtherPacificIslander", "white", "demographicRaceTwoOrMoreRaces",
            "hispanicOrLatinoEthnicity",
            "inProgress", "incomplete", "late", "missing",
        };

        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            var type = property.PropertyType;
            if (type == typeof(DateOnly) || type == typeof(DateOnly?))
            {
                property.Converter = LenientDateConverter.Instance;
            }
            else if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
            {
                property.Converter = LenientDateTimeConverter.Instance;
            }
            else if (type == typeof(string) && property.PropertyName is { } name && StringFlags.Contains(name))
            {
                property.Converter = StringFlagConverter.Instance;
            }
            else if (property.PropertyName == "sourcedIdPairs" && type is not null && SingleOrListConverter.CanConvertType(type))
            {
                // The standard answers a list of pairs, Timeback a single pair object.
                property.Converter = SingleOrListConverter.Instance;
            }
            return property;
        }
    }
}
