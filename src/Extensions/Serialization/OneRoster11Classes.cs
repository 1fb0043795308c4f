using Newtonsoft.Json.Linq;

namespace OneRoster.Serialization
{
    /// <summary>
    /// 1.1 classes and courses have the 1.2 fields (<c>periods</c>, <c>subjects</c>, <c>subjectCodes</c>, <c>grades</c>,
    /// <c>resources</c>, <c>terms</c>); their lists may come as one comma-separated string, and their term references
    /// typed <c>term</c>.
    /// </summary>
    internal sealed class OneRoster11Classes : OneRoster11Mapping
    {
        public static OneRoster11Classes Instance { get; } = new();

        public override void Read(JObject record)
        {
            base.Read(record);
            OneRoster11Fields.ListFromText(record, "periods");
            OneRoster11Fields.ListFromText(record, "subjects");
            OneRoster11Fields.ListFromText(record, "subjectCodes");
            OneRoster11Fields.ListFromText(record, "grades");
        }
    }
}
