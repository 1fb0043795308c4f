using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>Three line items per class (homework, quiz, midterm) in the first quarter, scored 0-100.</summary>
    internal sealed class LineItemRecords : SeededRecords
    {
        public LineItemRecords(SeededDistrict district)
            : base(district, FakeCollections.LineItems, "li-", district.Shape.ClassCount * DistrictShape.LineItemsPerClass, 10)
        {
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var item = Base(index, ref random);
            var cls = index / DistrictShape.LineItemsPerClass;
            var kind = index % DistrictShape.LineItemsPerClass;
            var (school, period, _) = Shape.ClassPosition(cls);
            var quarter = District.Sessions.Dates(SessionRecords.FirstQuarter);
            var assigned = quarter.Start.AddDays(7 + kind * 21);
            item["title"] = SeedVocabulary.LineItemTitles[kind];
            item["description"] = SeedVocabulary.LineItemTitles[kind] + " for " + District.Courses.Title(school, period);
            item["assignDate"] = SessionRecords.Date(assigned) + "T08:00:00.000Z";
            item["dueDate"] = SessionRecords.Date(assigned.AddDays(kind == 2 ? 14 : 5)) + "T23:59:00.000Z";
            item["class"] = District.Classes.RefTo(cls, hrefRoot);
            item["school"] = District.Orgs.RefTo(OrgRecords.SchoolIndex(school), hrefRoot);
            item["category"] = District.Categories.RefTo(kind, hrefRoot);
            item["gradingPeriod"] = District.Sessions.RefTo(District.Sessions.IndexOf(school, SessionRecords.FirstQuarter), hrefRoot);
            item["academicSession"] = District.Sessions.RefTo(District.Sessions.IndexOf(school, SessionRecords.FallTerm), hrefRoot);
            item["scoreScale"] = District.ScoreScales.RefTo(District.Courses.IndexOf(school, period), hrefRoot);
            item["resultValueMin"] = 0.0;
            item["resultValueMax"] = 100.0;
            return item;
        }

        public override IEnumerable<int>? IndexesWhere(string path, string value)
        {
            switch (path)
            {
                case "class.sourcedId":
                    var cls = District.Classes.IndexOf(value);
                    return cls < 0 ? Array.Empty<int>() : Range(cls * DistrictShape.LineItemsPerClass, DistrictShape.LineItemsPerClass);
                case "school.sourcedId":
                    var org = District.Orgs.IndexOf(value);
                    return org < 1
                        ? Array.Empty<int>()
                        : Range(Shape.ClassStart[org - 1] * DistrictShape.LineItemsPerClass,
                            (Shape.ClassStart[org] - Shape.ClassStart[org - 1]) * DistrictShape.LineItemsPerClass);
                default:
                    return null;
            }
        }
    }
}
