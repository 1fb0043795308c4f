using System;
using Newtonsoft.Json.Linq;

namespace OneRoster.Serialization
{
    /// <summary>
    /// References (<c>{"href","sourcedId","type"}</c>) in a 1.1 record: 1.1 types a reference by the role of its target
    /// (<c>student</c>, <c>teacher</c>, <c>term</c>, <c>gradingPeriod</c>), 1.2 by its record type (<c>user</c>,
    /// <c>academicSession</c>). Other types are kept as sent (the 1.2 vocabulary is extensible).
    /// </summary>
    internal static class OneRoster11References
    {
        /// <summary>Retypes the references held directly by the record's fields (single or in lists).</summary>
        public static void Read(JObject record)
        {
            foreach (var property in record.Properties())
            {
                if (property.Value is JObject reference)
                {
                    Retype(reference);
                }
                else if (property.Value is JArray list)
                {
                    foreach (var item in list)
                    {
                        if (item is JObject each)
                        {
                            Retype(each);
                        }
                    }
                }
            }
        }

        /// <summary>The 1.2 type of a 1.1 reference type; the type itself when 1.2 has the same one.</summary>
        public static string TypeFor(string type) => type switch
        {
            "student" or "teacher" => "user",
            "term" or "gradingPeriod" => "academicSession",
            _ => type,
        };

        private static void Retype(JObject reference)
        {
            // Only references: a userId ({"type","identifier"}) or a metadata object has no sourcedId.
            if (reference["sourcedId"] is not null && reference["type"] is JValue { Type: JTokenType.String } type)
            {
                var mapped = TypeFor((string)type!);
                if (!string.Equals(mapped, (string?)type, StringComparison.Ordinal))
                {
                    reference["type"] = mapped;
                }
            }
        }
    }
}
