using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace OneRoster.Testing.Tests.Seed
{
    /// <summary><see cref="FakeDistrict.Generate"/>: deterministic, realistic, consistent, and cheap at a million users.</summary>
    public class DistrictGeneratorTests
    {
        // GuidRef type -> collection it points into.
        private static readonly Dictionary<string, string> CollectionByRefType = new()
        {
            ["org"] = "orgs", ["academicSession"] = "academicSessions", ["course"] = "courses", ["class"] = "classes",
            ["user"] = "users", ["lineItem"] = "lineItems", ["category"] = "categories", ["scoreScale"] = "scoreScales",
            ["resource"] = "resources", ["assessmentLineItem"] = "assessmentLineItems", ["courseComponent"] = "courseComponents",
        };

        [Test]
        public void The_same_arguments_give_the_same_records_and_another_seed_other_names()
        {
            string Dump(FakeDistrict d) => string.Join("\n", d.CollectionNames.SelectMany(c => d.RecordObjects(c)).Select(r => r.ToString(Formatting.None)));
            var first = Dump(FakeDistrict.Generate(300, seed: 7));
            var second = Dump(FakeDistrict.Generate(300, seed: 7));
            Assert.That(second, Is.EqualTo(first));
            var names = FakeDistrict.Generate(300, seed: 7).RecordObjects("users").Select(u => (string?)u["givenName"]).ToList();
            var others = FakeDistrict.Generate(300, seed: 8).RecordObjects("users").Select(u => (string?)u["givenName"]).ToList();
            Assert.That(others, Is.Not.EqualTo(names));
        }

        [TestCase(0)]
        [TestCase(1)]
        [TestCase(5)]
        public void A_handful_of_users_still_makes_a_whole_district(int users)
        {
            var district = FakeDistrict.Generate(users);
            Assert.That(district.Count("users"), Is.EqualTo(users));
            Assert.That(district.Count("schools"), Is.EqualTo(1));
            Assert.That(district.Count("terms"), Is.EqualTo(2));
            Assert.That(district.Count("gradingPeriods"), Is.EqualTo(4));
            Assert.That(district.Count("courses"), Is.EqualTo(6));
            Assert.That(district.Count("classes"), Is.EqualTo(6));
            Assert.That(district.Count("students"), Is.EqualTo(users == 5 ? 3 : users));
            Assert.That(district.DistrictId, Is.EqualTo("org-0001"));
        }

        [Test]
        public void Roles_follow_a_real_districts_proportions()
        {
            var district = FakeDistrict.Generate(10_000);
            var roles = district.RecordObjects("users").GroupBy(u => (string)u.SelectToken("roles[0].role")!).ToDictionary(g => g.Key, g => g.Count());
            Assert.That(district.Count("schools"), Is.EqualTo(13));
            Assert.That(roles["student"], Is.InRange(6_600, 7_000));
            Assert.That(roles["guardian"], Is.InRange(2_400, 2_600));
            Assert.That(roles["teacher"], Is.InRange(550, 650));
            Assert.That(roles["aide"], Is.InRange(80, 120));
            Assert.That(roles["principal"], Is.EqualTo(13));
        }

        [Test]
        public void Every_reference_in_every_record_points_at_an_existing_record_of_its_type()
        {
            var district = FakeDistrict.Generate(1_700, seed: 3);
            var ids = district.CollectionNames.ToDictionary(c => c, c => district.RecordObjects(c).Select(r => (string)r["sourcedId"]!).ToHashSet());
            var checkedRefs = 0;
            var broken = new List<string>();
            foreach (var collection in district.CollectionNames)
            {
                foreach (var record in district.RecordObjects(collection))
                {
                    foreach (var reference in record.Descendants().OfType<JObject>().Where(o => o["type"] is not null && o["sourcedId"] is not null && o["href"] is not null))
                    {
                        var target = CollectionByRefType[(string)reference["type"]!];
                        var id = (string)reference["sourcedId"]!;
                        if (!ids[target].Contains(id) || !((string)reference["href"]!).EndsWith("/" + id, StringComparison.Ordinal))
                        {
                            broken.Add($"{collection} {record["sourcedId"]} -> {reference.ToString(Formatting.None)}");
                        }
                        checkedRefs++;
                    }
                }
            }
            Assert.That(broken, Is.Empty);
            Assert.That(checkedRefs, Is.GreaterThan(50_000));
        }

        [Test]
        public void Rosters_are_consistent_students_take_six_classes_and_each_class_has_one_teacher()
        {
            var district = FakeDistrict.Generate(2_000, seed: 11);
            var enrollments = district.RecordObjects("enrollments").ToList();
            var students = district.RecordObjects("students").Select(u => (string)u["sourcedId"]!).ToList();
            var perStudent = enrollments.Where(e => (string?)e["role"] == "student").GroupBy(e => (string)e.SelectToken("user.sourcedId")!).ToDictionary(g => g.Key, g => g.Count());
            Assert.That(students.Select(s => perStudent.GetValueOrDefault(s)), Is.All.EqualTo(6));
            var perClass = enrollments.GroupBy(e => (string)e.SelectToken("class.sourcedId")!).ToList();
            Assert.That(perClass, Has.Count.EqualTo(district.Count("classes")));
            Assert.That(perClass.Select(g => g.Count(e => (string?)e["role"] == "teacher")), Is.All.EqualTo(1));
            Assert.That(perClass.Select(g => g.Count(e => (string?)e["role"] == "student")), Is.All.InRange(15, 25));
            var schoolOfClass = district.RecordObjects("classes").ToDictionary(c => (string)c["sourcedId"]!, c => (string)c.SelectToken("school.sourcedId")!);
            Assert.That(enrollments.All(e => schoolOfClass[(string)e.SelectToken("class.sourcedId")!] == (string?)e.SelectToken("school.sourcedId")));
        }

        [Test]
        public void Guardians_and_their_children_name_each_other_as_agents_and_share_a_family_name()
        {
            var district = FakeDistrict.Generate(400, seed: 5);
            var users = district.RecordObjects("users").ToDictionary(u => (string)u["sourcedId"]!);
            var guardians = users.Values.Where(u => (string?)u.SelectToken("roles[0].role") == "guardian").ToList();
            Assert.That(guardians, Is.Not.Empty);
            foreach (var guardian in guardians)
            {
                foreach (var child in guardian["agents"]!.Select(a => users[(string)a["sourcedId"]!]))
                {
                    Assert.That(child["agents"]!.Select(a => (string?)a["sourcedId"]), Does.Contain((string?)guardian["sourcedId"]));
                    Assert.That((string?)child["familyName"], Is.EqualTo((string?)guardian["familyName"]));
                }
            }
        }

        [Test]
        public void Students_have_demographics_under_their_own_sourcedId_with_string_flags()
        {
            var district = FakeDistrict.Generate(300);
            var students = district.RecordObjects("students").Select(s => (string)s["sourcedId"]!).ToList();
            Assert.That(district.RecordObjects("demographics").Select(d => (string?)d["sourcedId"]), Is.EqualTo(students));
            var record = district.FindRecord("demographics", students[0])!;
            Assert.That(record["white"]!.Type, Is.EqualTo(JTokenType.String));
            Assert.That((string?)record["birthDate"], Does.Match(@"^\d{4}-\d\d-\d\d$"));
            Assert.That(district.FindRecord("demographics", "usr-0001"), Is.Null, "usr-0001 is a teacher");
        }

        [Test]
        public void Every_class_has_gradebook_data_results_for_each_student_on_each_line_item()
        {
            var district = FakeDistrict.Generate(200);
            var cls = "cls-0001";
            var students = district.RecordObjects("enrollments").Count(e => (string?)e.SelectToken("class.sourcedId") == cls && (string?)e["role"] == "student");
            var lineItems = district.RecordObjects("lineItems").Where(l => (string?)l.SelectToken("class.sourcedId") == cls).ToList();
            Assert.That(lineItems, Has.Count.EqualTo(3));
            Assert.That(district.RecordObjects("results").Count(r => (string?)r.SelectToken("class.sourcedId") == cls), Is.EqualTo(3 * students));
            Assert.That(district.Count("categories"), Is.EqualTo(5));
            Assert.That(district.Count("resources"), Is.EqualTo(24));
        }

        [Test]
        public void A_million_users_are_generated_in_well_under_a_second_and_a_few_megabytes()
        {
            GC.Collect();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var watch = Stopwatch.StartNew();
            var district = FakeDistrict.Generate(1_000_000);
            var elapsed = watch.Elapsed;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(district);

            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
            Assert.That(after - before, Is.LessThan(50L * 1024 * 1024), "bytes held by the district");
            Assert.That(district.Count("users"), Is.EqualTo(1_000_000));
            Assert.That(district.Count("enrollments"), Is.GreaterThan(4_000_000));
            Assert.That(district.Count("results"), Is.GreaterThan(10_000_000));
            var last = district.FindRecord("users", "usr-1000000")!;
            Assert.That((string?)last["sourcedId"], Is.EqualTo("usr-1000000"));
            Assert.That(district.FindRecord("users", "usr-1000001"), Is.Null);
        }
    }
}
