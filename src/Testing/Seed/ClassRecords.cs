using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>
    /// Class sections: per school, <c>sections</c> classes in each of six periods, each a section of that period's
    /// course. Periods 1-4 run all year (both terms); periods 5-6 are one-term electives alternating by section.
    /// </summary>
    internal sealed class ClassRecords : SeededRecords
    {
        public ClassRecords(SeededDistrict district)
            : base(district, FakeCollections.Classes, "cls-", district.Shape.ClassCount, 4)
        {
        }

        public static bool IsYearLong(int period) => period < 4;

        public static int TermOf(int section) => section % 2 == 0 ? SessionRecords.FallTerm : SessionRecords.SpringTerm;

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var cls = Base(index, ref random);
            var (school, period, section) = Shape.ClassPosition(index);
            var level = (int)Shape.LevelOf(school);
            cls["title"] = District.Courses.Title(school, period) + " - Section " + (section + 1).ToString(CultureInfo.InvariantCulture);
            cls["classCode"] = District.Courses.Code(school, period) + "-" + (period + 1).ToString(CultureInfo.InvariantCulture) +
                (section + 1).ToString("D2", CultureInfo.InvariantCulture);
            cls["classType"] = level == (int)SchoolLevel.Elementary && period == 0 ? "homeroom" : "scheduled";
            cls["location"] = "Room " + (100 * (period + 1) + section + 1).ToString(CultureInfo.InvariantCulture);
            cls["grades"] = new JArray(SeedVocabulary.LevelGrades[level]);
            cls["subjects"] = new JArray(SeedVocabulary.SubjectNames[period]);
            cls["course"] = District.Courses.RefTo(District.Courses.IndexOf(school, period), hrefRoot);
            cls["school"] = District.Orgs.RefTo(OrgRecords.SchoolIndex(school), hrefRoot);
            var terms = new JArray();
            foreach (var term in TermsOf(period, section))
            {
                terms.Add(District.Sessions.RefTo(District.Sessions.IndexOf(school, term), hrefRoot));
            }
            cls["terms"] = terms;
            cls["subjectCodes"] = new JArray(SeedVocabulary.SubjectCodes[period]);
            cls["periods"] = new JArray((period + 1).ToString(CultureInfo.InvariantCulture));
            cls["resources"] = new JArray(District.Resources.RefTo(ResourceRecords.IndexOf(period, 2 + section % 2), hrefRoot));
            return cls;
        }

        public static int[] TermsOf(int period, int section) =>
            IsYearLong(period) ? new[] { SessionRecords.FallTerm, SessionRecords.SpringTerm } : new[] { TermOf(section) };

        public override IEnumerable<int>? IndexesWhere(string path, string value)
        {
            switch (path)
            {
                case "school.sourcedId":
                    var org = District.Orgs.IndexOf(value);
                    return org >= 1 ? Range(Shape.ClassStart[org - 1], Shape.ClassStart[org] - Shape.ClassStart[org - 1]) : Array.Empty<int>();
                case "course.sourcedId":
                    var course = District.Courses.IndexOf(value);
                    if (course < 0)
                    {
                        return Array.Empty<int>();
                    }
                    var school = course / DistrictShape.CoursesPerSchool;
                    var sections = Shape.Sections[school];
                    return Range(Shape.ClassStart[school] + course % DistrictShape.CoursesPerSchool * sections, sections);
                case "terms.sourcedId":
                    var session = District.Sessions.IndexOf(value);
                    var slot = session % DistrictShape.SessionsPerSchool;
                    return session < 0 || (slot != SessionRecords.FallTerm && slot != SessionRecords.SpringTerm)
                        ? Array.Empty<int>()
                        : ClassesInTerm(session / DistrictShape.SessionsPerSchool, slot);
                default:
                    return null;
            }
        }

        private IEnumerable<int> ClassesInTerm(int school, int term)
        {
            var sections = Shape.Sections[school];
            for (var period = 0; period < DistrictShape.Periods; period++)
            {
                for (var section = 0; section < sections; section++)
                {
                    if (IsYearLong(period) || TermOf(section) == term)
                    {
                        yield return Shape.ClassStart[school] + period * sections + section;
                    }
                }
            }
        }
    }
}
