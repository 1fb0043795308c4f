using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>Every student's result on their school's mathematics placement test.</summary>
    internal sealed class AssessmentResultRecords : SeededRecords
    {
        public AssessmentResultRecords(SeededDistrict district)
            : base(district, FakeCollections.AssessmentResults, "ar-", district.Shape.StudentCount, 16)
        {
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var result = Base(index, ref random);
            var school = Shape.SchoolOfStudentOrdinal(index);
            var score = 40 + random.Next(35) + random.Next(26);
            result["assessmentLineItem"] = District.AssessmentLineItems.RefTo(District.Courses.IndexOf(school, 0), hrefRoot);
            result["student"] = District.Users.RefTo(District.Demographics.UserOf(index), hrefRoot);
            result["score"] = (double)score;
            result["textScore"] = ScoreScaleRecords.LetterFor(score);
            result["scoreDate"] = SessionRecords.Date(District.Sessions.Dates(SessionRecords.Year).Start.AddDays(3 + random.Next(7)));
            result["scoreScale"] = District.ScoreScales.RefTo(District.Courses.IndexOf(school, 0), hrefRoot);
            result["scorePercentile"] = (double)random.Next(1, 100);
            result["scoreStatus"] = "fully graded";
            result["inProgress"] = "false";
            result["incomplete"] = "false";
            result["late"] = "false";
            result["missing"] = "false";
            return result;
        }
    }
}
