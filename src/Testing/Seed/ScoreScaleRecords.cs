using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>One letter-grade score scale per course.</summary>
    internal sealed class ScoreScaleRecords : SeededRecords
    {
        private static readonly (string Letter, int Low, int High)[] Letters =
        {
            ("A", 90, 100), ("B", 80, 89), ("C", 70, 79), ("D", 60, 69), ("F", 0, 59),
        };

        public ScoreScaleRecords(SeededDistrict district)
            : base(district, FakeCollections.ScoreScales, "ss-", district.Courses.Count, 9)
        {
        }

        public static string LetterFor(double score)
        {
            foreach (var (letter, low, _) in Letters)
            {
                if (score >= low)
                {
                    return letter;
                }
            }
            return "F";
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var scale = Base(index, ref random);
            var school = index / DistrictShape.CoursesPerSchool;
            scale["title"] = District.Courses.Title(school, index % DistrictShape.CoursesPerSchool) + " Letter Grades";
            scale["type"] = "letter";
            scale["course"] = District.Courses.RefTo(index, hrefRoot);
            var values = new JArray();
            foreach (var (letter, low, high) in Letters)
            {
                values.Add(new JObject
                {
                    ["itemValueLHS"] = low.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["itemValueRHS"] = high.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["value"] = letter,
                    ["description"] = letter + " (" + low + "-" + high + "%)",
                });
            }
            scale["scoreScaleValue"] = values;
            return scale;
        }

        public override IEnumerable<int>? IndexesWhere(string path, string value)
        {
            if (path != "course.sourcedId")
            {
                return null;
            }
            var course = District.Courses.IndexOf(value);
            return course < 0 ? Array.Empty<int>() : new[] { course };
        }
    }
}
