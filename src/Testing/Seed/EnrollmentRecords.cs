using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>
    /// Enrollments ordered by class: the class's teacher first (primary), then its students; dates span the class's terms.
    /// </summary>
    internal sealed class EnrollmentRecords : SeededRecords
    {
        public EnrollmentRecords(SeededDistrict district)
            : base(district, FakeCollections.Enrollments, "enr-", district.Shape.EnrollmentCount, 6)
        {
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var enrollment = Base(index, ref random);
            var cls = Locate(index, out var member);
            var (school, period, section) = Shape.ClassPosition(cls);
            var teacher = Shape.HasTeacher(cls);
            int user;
            if (teacher && member == 0)
            {
                user = Shape.UserStart[school] + Shape.TeacherOfClass(cls);
            }
            else
            {
                var m = member - (teacher ? 1 : 0);
                user = Shape.FirstStudent(school) + Shape.FirstStudentOfClass(cls) + m * Shape.Sections[school];
            }
            var isTeacher = teacher && member == 0;
            enrollment["user"] = District.Users.RefTo(user, hrefRoot);
            enrollment["class"] = District.Classes.RefTo(cls, hrefRoot);
            enrollment["school"] = District.Orgs.RefTo(OrgRecords.SchoolIndex(school), hrefRoot);
            enrollment["role"] = isTeacher ? "teacher" : "student";
            enrollment["primary"] = isTeacher ? "true" : "false";
            var terms = ClassRecords.TermsOf(period, section);
            enrollment["beginDate"] = SessionRecords.Date(District.Sessions.Dates(terms[0]).Start);
            enrollment["endDate"] = SessionRecords.Date(District.Sessions.Dates(terms[^1]).End);
            return enrollment;
        }

        public override IEnumerable<int>? IndexesWhere(string path, string value)
        {
            switch (path)
            {
                case "class.sourcedId":
                    var cls = District.Classes.IndexOf(value);
                    return cls < 0 ? Array.Empty<int>() : Range(Shape.EnrollmentStart[cls], Shape.EnrollmentStart[cls + 1] - Shape.EnrollmentStart[cls]);
                case "school.sourcedId":
                    var org = District.Orgs.IndexOf(value);
                    if (org < 1)
                    {
                        return Array.Empty<int>();
                    }
                    var first = Shape.EnrollmentStart[Shape.ClassStart[org - 1]];
                    return Range(first, Shape.EnrollmentStart[Shape.ClassStart[org]] - first);
                case "user.sourcedId":
                    var user = District.Users.IndexOf(value);
                    return user < 0 ? Array.Empty<int>() : OfUser(user);
                default:
                    return null;
            }
        }

        private IEnumerable<int> OfUser(int user)
        {
            var kind = Shape.KindOf(user, out var school, out var local);
            if (kind == UserKind.Student)
            {
                for (var period = 0; period < DistrictShape.Periods; period++)
                {
                    var cls = Shape.ClassOfStudent(school, local, period);
                    var offset = (Shape.HasTeacher(cls) ? 1 : 0) + local / Shape.Sections[school];
                    yield return Shape.EnrollmentStart[cls] + offset;
                }
            }
            else if (kind == UserKind.Teacher)
            {
                var classes = Shape.ClassStart[school + 1] - Shape.ClassStart[school];
                for (var c = local; c < classes; c += Shape.Teachers[school])
                {
                    yield return Shape.EnrollmentStart[Shape.ClassStart[school] + c];
                }
            }
        }

        private int Locate(int index, out int member)
        {
            var cls = DistrictShape.Locate(Shape.EnrollmentStart, index);
            member = index - Shape.EnrollmentStart[cls];
            return cls;
        }
    }
}
