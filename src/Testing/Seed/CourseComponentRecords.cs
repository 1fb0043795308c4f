using System.Globalization;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>Timeback course components: two units per course, the second unlocked by the first.</summary>
    internal sealed class CourseComponentRecords : SeededRecords
    {
        public CourseComponentRecords(SeededDistrict district)
            : base(district, FakeCollections.CourseComponents, "cc-", district.Courses.Count * DistrictShape.ComponentsPerCourse, 13)
        {
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var component = Base(index, ref random);
            var course = index / DistrictShape.ComponentsPerCourse;
            var unit = index % DistrictShape.ComponentsPerCourse;
            var school = course / DistrictShape.CoursesPerSchool;
            component["course"] = District.Courses.RefTo(course, hrefRoot);
            component["title"] = "Unit " + (unit + 1).ToString(CultureInfo.InvariantCulture) + ": " +
                District.Courses.Title(school, course % DistrictShape.CoursesPerSchool) + (unit == 0 ? " Foundations" : " Applications");
            component["sortOrder"] = unit + 1;
            component["prerequisites"] = unit == 0 ? new JArray() : new JArray(IdAt(index - 1));
            component["prerequisiteCriteria"] = "ALL";
            component["unlockDate"] = SessionRecords.Date(District.Sessions.Dates(unit == 0 ? SessionRecords.FallTerm : SessionRecords.SpringTerm).Start);
            return component;
        }
    }
}
