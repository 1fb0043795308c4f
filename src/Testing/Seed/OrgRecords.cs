using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>The district (index 0) and its schools (index k + 1).</summary>
    internal sealed class OrgRecords : SeededRecords
    {
        public OrgRecords(SeededDistrict district)
            : base(district, FakeCollections.Orgs, "org-", district.Shape.SchoolCount + 1, 1)
        {
        }

        public static int SchoolIndex(int school) => school + 1;

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var org = Base(index, ref random);
            if (index == 0)
            {
                org["name"] = District.Name + " Unified School District";
                org["type"] = "district";
                org["identifier"] = (600000 + Shape.Seed % 100000).ToString("D7", CultureInfo.InvariantCulture);
                var children = new JArray();
                for (var k = 0; k < Shape.SchoolCount; k++)
                {
                    children.Add(RefTo(SchoolIndex(k), hrefRoot));
                }
                org["children"] = children;
                return org;
            }
            var school = index - 1;
            org["name"] = SchoolName(school);
            org["type"] = "school";
            org["identifier"] = (600000 + Shape.Seed % 100000).ToString("D7", CultureInfo.InvariantCulture) + (index).ToString("D5", CultureInfo.InvariantCulture);
            org["parent"] = RefTo(0, hrefRoot);
            return org;
        }

        public string SchoolName(int school)
        {
            var stems = SeedVocabulary.SchoolStems;
            var stem = stems[(school + Shape.Seed) % stems.Length];
            var round = school / stems.Length;
            var name = stem + " " + SeedVocabulary.LevelNames[(int)Shape.LevelOf(school)];
            return round == 0 ? name : name + " " + (round + 1).ToString(CultureInfo.InvariantCulture);
        }

        public override IEnumerable<int>? IndexesWhere(string path, string value) => (path, value) switch
        {
            ("type", "district") => new[] { 0 },
            ("type", "school") => Range(1, Shape.SchoolCount),
            ("type", _) => System.Array.Empty<int>(),
            ("parent.sourcedId", _) when value == IdAt(0) => Range(1, Shape.SchoolCount),
            _ => null,
        };
    }
}
