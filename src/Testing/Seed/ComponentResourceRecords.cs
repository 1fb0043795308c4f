using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>Timeback component resources: each unit links its subject's video lessons (unit 1) or practice set (unit 2).</summary>
    internal sealed class ComponentResourceRecords : SeededRecords
    {
        public ComponentResourceRecords(SeededDistrict district)
            : base(district, FakeCollections.ComponentResources, "cr-", district.Components.Count, 14)
        {
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var link = Base(index, ref random);
            var course = index / DistrictShape.ComponentsPerCourse;
            var unit = index % DistrictShape.ComponentsPerCourse;
            var subject = course % DistrictShape.CoursesPerSchool;
            var resource = ResourceRecords.IndexOf(subject, 1 + unit);
            link["courseComponent"] = District.Components.RefTo(index, hrefRoot);
            link["resource"] = District.Resources.RefTo(resource, hrefRoot);
            link["title"] = SeedVocabulary.SubjectNames[subject] + " " + SeedVocabulary.ResourceKinds[1 + unit];
            link["sortOrder"] = 1;
            link["lessonType"] = unit == 0 ? "powerpath-100" : "quiz";
            return link;
        }
    }
}
