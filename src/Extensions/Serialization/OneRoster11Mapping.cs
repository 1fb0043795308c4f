using Newtonsoft.Json.Linq;

namespace OneRoster.Serialization
{
    /// <summary>
    /// How one record type differs between OneRoster 1.1 and the 1.2 DTOs, applied to the JSON of a record: a 1.1
    /// record is rewritten into the 1.2 shape before it is deserialized (so what has no 1.2 counterpart still lands in
    /// <c>AdditionalProperties</c>), and a 1.2 body is rewritten into the 1.1 shape after it is serialized. Only used
    /// when the profile's <see cref="OneRosterProvider.PayloadVersion"/> is <see cref="OneRosterVersion.V1p1"/>.
    /// </summary>
    internal class OneRoster11Mapping
    {
        /// <summary>Every record: references of the 1.1 types, nothing else.</summary>
        public static OneRoster11Mapping References { get; } = new();

        /// <summary>Rewrites a 1.1 record into the 1.2 shape, in place.</summary>
        public virtual void Read(JObject record) => OneRoster11References.Read(record);

        /// <summary>Rewrites a 1.2 record into the 1.1 shape, in place (the records with a 1.1 write shape; others are sent as they are).</summary>
        public virtual void Write(JObject record)
        {
        }

        /// <summary>Rewrites every record of an envelope (<c>{"user":{…}}</c>, <c>{"users":[…]}</c>) into the 1.2 shape.</summary>
        public void ReadEnvelope(JObject envelope)
        {
            foreach (var property in envelope.Properties())
            {
                ForEachRecord(property.Value, Read);
            }
        }

        /// <summary>
        /// Rewrites every record of a write body (<c>{"lineItem":{…}}</c>, <c>{"users":[…]}</c>) into the 1.1 shape,
        /// each by the mapping of its envelope key; records under other keys are left as serialized.
        /// </summary>
        public static void WriteEnvelope(JObject envelope)
        {
            foreach (var property in envelope.Properties())
            {
                if (OneRoster11Payloads.ForBodyKey(property.Name) is { } mapping)
                {
                    ForEachRecord(property.Value, mapping.Write);
                }
            }
        }

        private static void ForEachRecord(JToken value, System.Action<JObject> map)
        {
            if (value is JObject record)
            {
                map(record);
            }
            else if (value is JArray records)
            {
                foreach (var item in records)
                {
                    if (item is JObject each)
                    {
                        map(each);
                    }
                }
            }
        }
    }
}
