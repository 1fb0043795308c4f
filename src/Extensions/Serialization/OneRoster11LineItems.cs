using Newtonsoft.Json.Linq;

namespace OneRoster.Serialization
{
    /// <summary>
    /// A 1.1 line item names its session <c>gradingPeriod</c>; 1.2 calls it <c>academicSession</c> and keeps
    /// <c>gradingPeriod</c> beside it. Reading fills both; writing sends <c>gradingPeriod</c> (the 1.2 value of either)
    /// and leaves out what 1.1 line items do not have (<c>academicSession</c>, <c>school</c>, <c>scoreScale</c>,
    /// <c>learningObjectiveSet</c>).
    /// </summary>
    internal sealed class OneRoster11LineItems : OneRoster11Mapping
    {
        public static OneRoster11LineItems Instance { get; } = new();

        public override void Read(JObject record)
        {
            base.Read(record);
            if (record["academicSession"] is null && record["gradingPeriod"] is JObject gradingPeriod)
            {
                record["academicSession"] = gradingPeriod.DeepClone();
            }
        }

        public override void Write(JObject record)
        {
            if (record["gradingPeriod"] is null && record["academicSession"] is JObject session)
            {
                record["gradingPeriod"] = session.DeepClone();
            }
            OneRoster11Fields.Remove(record, "academicSession", "school", "scoreScale", "learningObjectiveSet");
        }
    }
}
