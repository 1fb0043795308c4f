using Newtonsoft.Json.Linq;

namespace OneRoster.Serialization
{
    /// <summary>A 1.1 category has a title and no <c>weight</c>: writing leaves the weight out.</summary>
    internal sealed class OneRoster11Categories : OneRoster11Mapping
    {
        public static OneRoster11Categories Instance { get; } = new();

        public override void Write(JObject record) => OneRoster11Fields.Remove(record, "weight");
    }
}
