using Newtonsoft.Json.Linq;

namespace OneRoster.Serialization
{
    /// <summary>
    /// 1.1 results have <c>lineItem</c>, <c>student</c>, <c>score</c>, <c>scoreStatus</c> (the same five values as
    /// 1.2), <c>scoreDate</c> and <c>comment</c>; the student reference may be typed <c>student</c>. Writing leaves out
    /// the fields 1.2 added (<c>class</c>, <c>scoreScale</c>, <c>textScore</c>, <c>learningObjectiveSet</c> and the
    /// flags <c>inProgress</c>, <c>incomplete</c>, <c>late</c>, <c>missing</c>).
    /// </summary>
    internal sealed class OneRoster11Results : OneRoster11Mapping
    {
        public static OneRoster11Results Instance { get; } = new();

        public override void Write(JObject record) =>
            OneRoster11Fields.Remove(record, "class", "scoreScale", "textScore", "learningObjectiveSet", "inProgress", "incomplete", "late", "missing");
    }
}
