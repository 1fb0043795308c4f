using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>
    /// A result for every student of a class on each of its line items, ordered by class, line item, student.
    /// Most are fully graded; a few are missing (not submitted), late or exempt.
    /// </summary>
    internal sealed class ResultRecords : SeededRecords
    {
        public ResultRecords(SeededDistrict district)
            : base(district, FakeCollections.Results, "res-", district.Shape.ResultCount, 11)
        {
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var result = Base(index, ref random);
            var cls = DistrictShape.Locate(Shape.ResultStart, index);
            var size = Shape.ClassStudentCount(cls);
            var offset = index - Shape.ResultStart[cls];
            var kind = offset / size;
            var member = offset % size;
            var (school, period, _) = Shape.ClassPosition(cls);
            var student = Shape.FirstStudent(school) + Shape.FirstStudentOfClass(cls) + member * Shape.Sections[school];
            var lineItem = cls * DistrictShape.LineItemsPerClass + kind;

            result["lineItem"] = District.LineItems.RefTo(lineItem, hrefRoot);
            result["student"] = District.Users.RefTo(student, hrefRoot);
            result["class"] = District.Classes.RefTo(cls, hrefRoot);
            result["scoreScale"] = District.ScoreScales.RefTo(District.Courses.IndexOf(school, period), hrefRoot);
            var roll = random.Next(100);
            var status = roll < 4 ? "not submitted" : roll < 6 ? "exempt" : "fully graded";
            result["scoreStatus"] = status;
            if (status == "fully graded")
            {
                var score = Math.Min(100, 55 + random.Next(30) + random.Next(20));
                result["score"] = (double)score;
                result["textScore"] = ScoreScaleRecords.LetterFor(score);
            }
            var quarter = District.Sessions.Dates(SessionRecords.FirstQuarter);
            result["scoreDate"] = SessionRecords.Date(quarter.Start.AddDays(14 + kind * 21 + random.Next(5)));
            if (random.Chance(0.25))
            {
                result["comment"] = random.Pick(SeedVocabulary.Comments);
            }
            result["inProgress"] = "false";
            result["incomplete"] = "false";
            result["late"] = status == "fully graded" && random.Chance(0.08) ? "true" : "false";
            result["missing"] = status == "not submitted" ? "true" : "false";
            return result;
        }

        public override IEnumerable<int>? IndexesWhere(string path, string value)
        {
            switch (path)
            {
                case "class.sourcedId":
                    var cls = District.Classes.IndexOf(value);
                    return cls < 0 ? Array.Empty<int>() : Range(Shape.ResultStart[cls], Shape.ResultStart[cls + 1] - Shape.ResultStart[cls]);
                case "lineItem.sourcedId":
                    var item = District.LineItems.IndexOf(value);
                    if (item < 0)
                    {
                        return Array.Empty<int>();
                    }
                    var itemClass = item / DistrictShape.LineItemsPerClass;
                    var size = Shape.ClassStudentCount(itemClass);
                    return Range(Shape.ResultStart[itemClass] + item % DistrictShape.LineItemsPerClass * size, size);
                case "student.sourcedId":
                    var user = District.Users.IndexOf(value);
                    return user < 0 || Shape.KindOf(user, out var school, out var local) != UserKind.Student
                        ? Array.Empty<int>()
                        : OfStudent(school, local);
                default:
                    return null;
            }
        }

        private IEnumerable<int> OfStudent(int school, int student)
        {
            for (var period = 0; period < DistrictShape.Periods; period++)
            {
                var cls = Shape.ClassOfStudent(school, student, period);
                var size = Shape.ClassStudentCount(cls);
                var member = student / Shape.Sections[school];
                for (var kind = 0; kind < DistrictShape.LineItemsPerClass; kind++)
                {
                    yield return Shape.ResultStart[cls] + kind * size + member;
                }
            }
        }
    }
}
