using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>
    /// Seven academic sessions per school: the school year, a fall and a spring term, and four quarters as grading
    /// periods (two per term), linked by parent and children.
    /// </summary>
    internal sealed class SessionRecords : SeededRecords
    {
        public const int Year = 0;
        public const int FallTerm = 1;
        public const int SpringTerm = 2;
        public const int FirstQuarter = 3;

        public SessionRecords(SeededDistrict district)
            : base(district, FakeCollections.AcademicSessions, "as-", district.Shape.SchoolCount * DistrictShape.SessionsPerSchool, 2)
        {
        }

        public int IndexOf(int school, int slot) => school * DistrictShape.SessionsPerSchool + slot;

        public (DateOnly Start, DateOnly End) Dates(int slot)
        {
            var y = Shape.SchoolYear;
            return slot switch
            {
                Year => (new DateOnly(y, 8, 18), new DateOnly(y + 1, 6, 5)),
                FallTerm => (new DateOnly(y, 8, 18), new DateOnly(y, 12, 19)),
                SpringTerm => (new DateOnly(y + 1, 1, 6), new DateOnly(y + 1, 6, 5)),
                3 => (new DateOnly(y, 8, 18), new DateOnly(y, 10, 17)),
                4 => (new DateOnly(y, 10, 20), new DateOnly(y, 12, 19)),
                5 => (new DateOnly(y + 1, 1, 6), new DateOnly(y + 1, 3, 13)),
                _ => (new DateOnly(y + 1, 3, 16), new DateOnly(y + 1, 6, 5)),
            };
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var session = Base(index, ref random);
            var school = index / DistrictShape.SessionsPerSchool;
            var slot = index % DistrictShape.SessionsPerSchool;
            var y = Shape.SchoolYear;
            var (start, end) = Dates(slot);
            session["title"] = slot switch
            {
                Year => $"{y}-{(y + 1) % 100:D2} School Year",
                FallTerm => $"Fall {y}",
                SpringTerm => $"Spring {y + 1}",
                _ => $"Quarter {slot - FirstQuarter + 1}",
            };
            session["startDate"] = Date(start);
            session["endDate"] = Date(end);
            session["type"] = slot switch { Year => "schoolYear", FallTerm or SpringTerm => "term", _ => "gradingPeriod" };
            if (slot != Year)
            {
                session["parent"] = RefTo(IndexOf(school, slot < FirstQuarter ? Year : FallTerm + (slot - FirstQuarter) / 2), hrefRoot);
            }
            var children = slot switch
            {
                Year => new[] { FallTerm, SpringTerm },
                FallTerm => new[] { FirstQuarter, FirstQuarter + 1 },
                SpringTerm => new[] { FirstQuarter + 2, FirstQuarter + 3 },
                _ => Array.Empty<int>(),
            };
            if (children.Length > 0)
            {
                session["children"] = new JArray(children.Select(c => RefTo(IndexOf(school, c), hrefRoot)));
            }
            session["schoolYear"] = (y + 1).ToString(CultureInfo.InvariantCulture);
            session["org"] = District.Orgs.RefTo(OrgRecords.SchoolIndex(school), hrefRoot);
            return session;
        }

        public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override IEnumerable<int>? IndexesWhere(string path, string value)
        {
            switch (path)
            {
                case "type":
                    int[] slots = value switch
                    {
                        "schoolYear" => new[] { Year },
                        "term" => new[] { FallTerm, SpringTerm },
                        "gradingPeriod" => new[] { 3, 4, 5, 6 },
                        _ => Array.Empty<int>(),
                    };
                    return Enumerable.Range(0, Shape.SchoolCount).SelectMany(k => slots.Select(s => IndexOf(k, s)));
                case "org.sourcedId":
                    var org = District.Orgs.IndexOf(value);
                    return org >= 1 ? Range(IndexOf(org - 1, 0), DistrictShape.SessionsPerSchool) : Array.Empty<int>();
                case "parent.sourcedId":
                    var parent = IndexOf(value);
                    if (parent < 0)
                    {
                        return Array.Empty<int>();
                    }
                    var first = parent - parent % DistrictShape.SessionsPerSchool;
                    return (parent % DistrictShape.SessionsPerSchool) switch
                    {
                        Year => new[] { first + FallTerm, first + SpringTerm },
                        FallTerm => new[] { first + FirstQuarter, first + FirstQuarter + 1 },
                        SpringTerm => new[] { first + FirstQuarter + 2, first + FirstQuarter + 3 },
                        _ => Array.Empty<int>(),
                    };
                default:
                    return null;
            }
        }
    }
}
