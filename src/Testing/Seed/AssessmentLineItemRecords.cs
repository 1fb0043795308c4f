using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>One placement test per course, attached to the course's first section.</summary>
    internal sealed class AssessmentLineItemRecords : SeededRecords
    {
        public AssessmentLineItemRecords(SeededDistrict district)
            : base(district, FakeCollections.AssessmentLineItems, "ali-", district.Courses.Count, 15)
        {
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var item = Base(index, ref random);
            var school = index / DistrictShape.CoursesPerSchool;
            var period = index % DistrictShape.CoursesPerSchool;
            var title = District.Courses.Title(school, period);
            item["title"] = title + " Placement Test";
            item["description"] = "Beginning-of-year placement test for " + title + ".";
            item["class"] = District.Classes.RefTo(Shape.ClassStart[school] + period * Shape.Sections[school], hrefRoot);
            item["scoreScale"] = District.ScoreScales.RefTo(index, hrefRoot);
            item["resultValueMin"] = 0.0;
            item["resultValueMax"] = 100.0;
            return item;
        }
    }
}
