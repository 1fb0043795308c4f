using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>Six courses per school, one per period and subject, titled for the school's level.</summary>
    internal sealed class CourseRecords : SeededRecords
    {
        public CourseRecords(SeededDistrict district)
            : base(district, FakeCollections.Courses, "crs-", district.Shape.SchoolCount * DistrictShape.CoursesPerSchool, 3)
        {
        }

        public int IndexOf(int school, int period) => school * DistrictShape.CoursesPerSchool + period;

        public string Title(int school, int period) => SeedVocabulary.CourseTitles[(int)Shape.LevelOf(school)][period];

        public string Code(int school, int period) =>
            SeedVocabulary.CourseCodes[period] + SeedVocabulary.LevelGrades[(int)Shape.LevelOf(school)][0];

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var course = Base(index, ref random);
            var school = index / DistrictShape.CoursesPerSchool;
            var period = index % DistrictShape.CoursesPerSchool;
            course["title"] = Title(school, period);
            course["schoolYear"] = District.Sessions.RefTo(District.Sessions.IndexOf(school, SessionRecords.Year), hrefRoot);
            course["courseCode"] = Code(school, period);
            course["grades"] = new JArray(SeedVocabulary.LevelGrades[(int)Shape.LevelOf(school)]);
            course["subjects"] = new JArray(SeedVocabulary.SubjectNames[period]);
            course["org"] = District.Orgs.RefTo(OrgRecords.SchoolIndex(school), hrefRoot);
            course["subjectCodes"] = new JArray(SeedVocabulary.SubjectCodes[period]);
            course["resources"] = new JArray(
                District.Resources.RefTo(ResourceRecords.IndexOf(period, 0), hrefRoot),
                District.Resources.RefTo(ResourceRecords.IndexOf(period, 1), hrefRoot));
            return course;
        }

        public override IEnumerable<int>? IndexesWhere(string path, string value)
        {
            if (path != "org.sourcedId")
            {
                return null;
            }
            var org = District.Orgs.IndexOf(value);
            return org >= 1 ? Range(IndexOf(org - 1, 0), DistrictShape.CoursesPerSchool) : Array.Empty<int>();
        }
    }
}
