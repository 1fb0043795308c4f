using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Seed
{
    /// <summary>
    /// Users: per school a block of teachers, aides, a principal, students and guardians. Students and their
    /// guardians share a family name and point at each other through <c>agents</c>.
    /// </summary>
    internal sealed class UserRecords : SeededRecords
    {
        public UserRecords(SeededDistrict district)
            : base(district, FakeCollections.Users, "usr-", district.Shape.Users, 5)
        {
        }

        public override JObject Materialize(int index, string hrefRoot)
        {
            var random = Random(index);
            var user = Base(index, ref random);
            var kind = Shape.KindOf(index, out var school, out var local);
            var family = kind switch
            {
                UserKind.Student => Shape.Guardians[school] > 0 ? local % Shape.Guardians[school] : local,
                UserKind.Guardian => local,
                _ => -1 - local,
            };
            var familyName = FamilyName(school, family, kind);
            var givenName = random.Pick(SeedVocabulary.GivenNames);
            var number = (index + 1).ToString(CultureInfo.InvariantCulture);
            var username = Ascii(givenName.Substring(0, 1) + familyName) + number;
            var schoolRef = District.Orgs.RefTo(OrgRecords.SchoolIndex(school), hrefRoot);

            user["userMasterIdentifier"] = "MI-" + number;
            user["username"] = username;
            user["userIds"] = new JArray(new JObject { ["type"] = "SIS", ["identifier"] = IdentifierPrefix(kind) + number });
            user["enabledUser"] = kind == UserKind.Guardian && random.Chance(0.1) ? "false" : "true";
            user["givenName"] = givenName;
            user["familyName"] = familyName;
            if (random.Chance(0.4))
            {
                user["middleName"] = random.Pick(SeedVocabulary.GivenNames);
            }
            if (random.Chance(0.08))
            {
                user["preferredFirstName"] = random.Pick(SeedVocabulary.GivenNames);
            }
            user["roles"] = new JArray(new JObject
            {
                ["roleType"] = "primary",
                ["role"] = RoleOf(kind),
                ["org"] = schoolRef,
                ["beginDate"] = SessionRecords.Date(District.Sessions.Dates(SessionRecords.Year).Start),
            });
            user["primaryOrg"] = schoolRef.DeepClone();
            user["identifier"] = IdentifierPrefix(kind) + number;
            user["email"] = username + "@" + (kind == UserKind.Student ? "students." : string.Empty) + District.Domain;
            if (kind != UserKind.Student)
            {
                user["phone"] = "+1555" + (1000000 + random.Next(9000000)).ToString(CultureInfo.InvariantCulture);
            }
            var agents = Agents(kind, school, local, hrefRoot);
            if (agents.Count > 0)
            {
                user["agents"] = agents;
            }
            if (kind == UserKind.Student)
            {
                user["grades"] = new JArray(GradeOf(school, local));
            }
            if (kind == UserKind.Teacher)
            {
                user["resources"] = new JArray(District.Resources.RefTo(ResourceRecords.IndexOf(local % DistrictShape.Subjects, 3), hrefRoot));
            }
            return user;
        }

        public static string RoleOf(UserKind kind) => kind switch
        {
            UserKind.Teacher => "teacher",
            UserKind.Aide => "aide",
            UserKind.Principal => "principal",
            UserKind.Student => "student",
            _ => "guardian",
        };

        /// <summary>The grade of a student (school-local number), as the user record lists it.</summary>
        public string GradeOf(int school, int student)
        {
            var grades = SeedVocabulary.LevelGrades[(int)Shape.LevelOf(school)];
            return grades[student % grades.Length];
        }

        public override IEnumerable<int>? IndexesWhere(string path, string value)
        {
            switch (path)
            {
                case "roles.org.sourcedId":
                case "primaryOrg.sourcedId":
                    var org = District.Orgs.IndexOf(value);
                    return org >= 1 ? Range(Shape.UserStart[org - 1], Shape.UserStart[org] - Shape.UserStart[org - 1]) : Array.Empty<int>();
                case "roles.role":
                    return WithRole(value);
                default:
                    return null;
            }
        }

        private IEnumerable<int> WithRole(string role)
        {
            UserKind? kind = role switch
            {
                "teacher" => UserKind.Teacher,
                "aide" => UserKind.Aide,
                "principal" => UserKind.Principal,
                "student" => UserKind.Student,
                "guardian" => UserKind.Guardian,
                _ => null,
            };
            if (kind is null)
            {
                yield break;
            }
            for (var k = 0; k < Shape.SchoolCount; k++)
            {
                var (start, count) = Shape.RoleBlock(k, kind.Value);
                for (var i = 0; i < count; i++)
                {
                    yield return start + i;
                }
            }
        }

        private JArray Agents(UserKind kind, int school, int local, string hrefRoot)
        {
            var agents = new JArray();
            var guardians = Shape.Guardians[school];
            if (kind == UserKind.Student && guardians > 0)
            {
                agents.Add(RefTo(Shape.FirstGuardian(school) + local % guardians, hrefRoot));
            }
            else if (kind == UserKind.Guardian)
            {
                for (var child = local; child < Shape.Students[school]; child += guardians)
                {
                    agents.Add(RefTo(Shape.FirstStudent(school) + child, hrefRoot));
                }
            }
            return agents;
        }

        private string FamilyName(int school, int family, UserKind kind)
        {
            var random = new RecordRandom(Shape.Seed, kind is UserKind.Student or UserKind.Guardian ? 51 : 52, (long)school << 32 | (uint)family);
            return random.Pick(SeedVocabulary.FamilyNames);
        }

        private static string IdentifierPrefix(UserKind kind) => kind switch
        {
            UserKind.Student => "S",
            UserKind.Guardian => "G",
            _ => "E",
        };

        /// <summary>Lower-case ASCII letters only, for user names and e-mail addresses (<c>Müller</c> → <c>muller</c>).</summary>
        private static string Ascii(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text.Normalize(NormalizationForm.FormD))
            {
                if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }
            return builder.ToString();
        }
    }
}
