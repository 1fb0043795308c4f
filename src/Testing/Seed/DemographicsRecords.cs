using System;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>
    /// One demographics record per student, sharing the student's sourcedId as OneRoster 1.2 requires; race and
    /// ethnicity flags are the binding's <c>"true"</c>/<c>"false"</c> strings.
    /// </summary>
    internal sealed class DemographicsRecords : SeededRecords
    {
        private static readonly string[] RaceFlags =
        {
            "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander", "white",
        };

        private static readonly double[] RaceShares = { 0.02, 0.06, 0.14, 0.01, 0.55 };

        public DemographicsRecords(SeededDistrict district)
            : base(district, FakeCollections.Demographics, "usr-", district.Shape.StudentCount, 7)
        {
        }

        public override string IdAt(int index) => District.Users.IdAt(UserOf(index));

        public override int IndexOf(string sourcedId)
        {
            var user = District.Users.IndexOf(sourcedId);
            if (user < 0 || Shape.KindOf(user, out var school, out var local) != UserKind.Student)
            {
                return -1;
            }
            return Shape.StudentStart[school] + local;
        }

        public int UserOf(int index)
        {
            var school = Shape.SchoolOfStudentOrdinal(index);
            return Shape.FirstStudent(school) + index - Shape.StudentStart[school];
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var record = Base(index, ref random);
            var school = Shape.SchoolOfStudentOrdinal(index);
            var grade = District.Users.GradeOf(school, index - Shape.StudentStart[school]);
            var age = grade == "KG" ? 5 : 5 + int.Parse(grade, CultureInfo.InvariantCulture);
            var birth = new DateOnly(Shape.SchoolYear - age, 1, 1).AddDays(random.Next(365) - 243);
            record["birthDate"] = SessionRecords.Date(birth);
            var sex = random.Next(100);
            record["sex"] = sex < 49 ? "female" : sex < 98 ? "male" : sex < 99 ? "unspecified" : "other";
            var races = 0;
            for (var i = 0; i < RaceFlags.Length; i++)
            {
                var flag = random.Chance(RaceShares[i]);
                races += flag ? 1 : 0;
                record[RaceFlags[i]] = flag ? "true" : "false";
            }
            record["demographicRaceTwoOrMoreRaces"] = races > 1 ? "true" : "false";
            record["hispanicOrLatinoEthnicity"] = random.Chance(0.27) ? "true" : "false";
            var abroad = random.Chance(0.07);
            record["countryOfBirthCode"] = abroad ? random.Pick(new[] { "MX", "IN", "CN", "PH", "VN", "SV", "NG" }) : "US";
            if (!abroad)
            {
                var place = random.Next(SeedVocabulary.Cities.Length);
                record["stateOfBirthAbbreviation"] = SeedVocabulary.States[place];
                record["cityOfBirth"] = SeedVocabulary.Cities[place];
            }
            record["publicSchoolResidenceStatus"] = "01652";
            return record;
        }
    }
}
