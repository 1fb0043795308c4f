using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Testing.Tests.Support;

namespace OneRoster.Testing.Tests.Routing
{
    /// <summary>Creates, replaces, deletes, enrollments, gradebook posts, resource assignment and credentials change the data as a provider would.</summary>
    public class WriteTests : FakeServerFixture
    {
        private const string R = Paths.Rostering;
        private const string G = Paths.Gradebook;

        [Test]
        public async Task A_create_answers_201_with_sourcedIdPairs_and_the_record_can_be_read_back()
        {
            var created = await Api.PostAsync(R + "users", new JObject { ["user"] = new JObject { ["sourcedId"] = "w-user-1", ["givenName"] = "Wanda" } });
            Assert.That(created.Status, Is.EqualTo(201));
            Assert.That(created.Body["sourcedIdPairs"], Is.EqualTo(JToken.Parse("[{\"suppliedSourcedId\":\"w-user-1\",\"allocatedSourcedId\":\"w-user-1\"}]")));
            var user = (await Api.GetAsync(R + "users/w-user-1")).Body["user"]!;
            Assert.That(((string?)user["givenName"], (string?)user["status"]), Is.EqualTo(("Wanda", "active")));
            Assert.That((string?)user["dateLastModified"], Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"));
            Assert.That(Fake.Data.FindRecord("users", "w-user-1"), Is.Not.Null, "tests can check what their code wrote");
        }

        [Test]
        public async Task A_create_without_sourcedId_gets_one_allocated()
        {
            var created = await Api.PostAsync(G + "categories", new JObject { ["category"] = new JObject { ["title"] = "Labs" } });
            var allocated = (string)created.Body.SelectToken("sourcedIdPairs[0].allocatedSourcedId")!;
            Assert.That(allocated, Does.StartWith("category-new-"));
            Assert.That((string?)(await Api.GetAsync(G + "categories/" + allocated)).Body.SelectToken("category.title"), Is.EqualTo("Labs"));
        }

        [Test]
        public async Task Creating_a_sourcedId_that_exists_is_422_and_a_body_without_the_envelope_is_400()
        {
            var duplicate = await Api.PostAsync(R + "orgs", new JObject { ["org"] = new JObject { ["sourcedId"] = "org-0001" } });
            Assert.That(duplicate.Status, Is.EqualTo(422));
            Assert.That(duplicate.CodeMinor, Is.EqualTo("invaliddata"));
            var bare = await Api.PostAsync(R + "orgs", new JObject { ["sourcedId"] = "x" });
            Assert.That(bare.Status, Is.EqualTo(400));
        }

        [Test]
        public async Task PUT_replaces_with_200_creates_with_201_and_answers_in_the_documented_shape()
        {
            var replaced = await Api.PutAsync(R + "courses/crs-0001", new JObject { ["course"] = new JObject { ["title"] = "Algebra I (honors)" } });
            Assert.That(replaced.Status, Is.EqualTo(200));
            Assert.That((string?)replaced.Body.SelectToken("course.title"), Is.EqualTo("Algebra I (honors)"));
            Assert.That((string?)replaced.Body.SelectToken("course.sourcedId"), Is.EqualTo("crs-0001"), "the path names the record");

            var created = await Api.PutAsync(R + "classes/w-class-1", new JObject { ["class"] = new JObject { ["title"] = "New" } });
            Assert.That(created.Status, Is.EqualTo(201));
            Assert.That((string?)created.Body["title"], Is.EqualTo("New"), "updateClass answers with the bare class");
        }

        [Test]
        public async Task DELETE_answers_204_then_the_record_is_gone()
        {
            await Api.PostAsync(G + "scoreScales", new JObject { ["scoreScale"] = new JObject { ["sourcedId"] = "w-scale" } });
            Assert.That((await Api.DeleteAsync(G + "scoreScales/w-scale")).Status, Is.EqualTo(204));
            Assert.That((await Api.GetAsync(G + "scoreScales/w-scale")).Status, Is.EqualTo(404));
            Assert.That((await Api.DeleteAsync(G + "scoreScales/w-scale")).Status, Is.EqualTo(404));
        }

        [Test]
        public async Task Enrolling_a_student_creates_an_enrollment_and_the_class_roster_lists_them()
        {
            Fake.Data.Add("students", new JObject { ["sourcedId"] = "w-student", ["givenName"] = "Nell" });
            var enrolled = await Api.PostAsync(R + "classes/cls-0002/students",
                new JObject { ["enrollment"] = new JObject { ["user"] = new JObject { ["sourcedId"] = "w-student" }, ["beginDate"] = "2025-09-01" } });
            Assert.That(enrolled.Status, Is.EqualTo(201));
            var enrollmentId = (string)enrolled.Body.SelectToken("sourcedIdPairs[0].allocatedSourcedId")!;
            var enrollment = (await Api.GetAsync(R + "enrollments/" + enrollmentId)).Body["enrollment"]!;
            Assert.That((string?)enrollment["role"], Is.EqualTo("student"));
            Assert.That((string?)enrollment["primary"], Is.EqualTo("false"));
            Assert.That((string?)enrollment.SelectToken("class.sourcedId"), Is.EqualTo("cls-0002"));
            Assert.That((string?)enrollment.SelectToken("school.sourcedId"), Is.EqualTo("org-0002"));
            Assert.That((string?)enrollment["beginDate"], Is.EqualTo("2025-09-01"));
            var roster = await Api.GetAsync(R + "classes/cls-0002/students?limit=100");
            Assert.That(roster.List("users").Select(u => (string?)u["sourcedId"]), Does.Contain("w-student"));
            var classes = await Api.GetAsync(R + "students/w-student/classes");
            Assert.That(classes.List("classes").Select(c => (string?)c["sourcedId"]), Is.EqualTo(new[] { "cls-0002" }));
        }

        [Test]
        public async Task Enrolling_a_teacher_makes_them_a_teacher_of_the_class()
        {
            var enrolled = await Api.PostAsync(R + "classes/cls-0003/teachers",
                new JObject { ["enrollment"] = new JObject { ["user"] = new JObject { ["sourcedId"] = "usr-0002" }, ["primary"] = "true" } });
            Assert.That(enrolled.Status, Is.EqualTo(201));
            var teachers = await Api.GetAsync(R + "classes/cls-0003/teachers");
            Assert.That(teachers.List("users").Select(u => (string?)u["sourcedId"]), Does.Contain("usr-0002"));
        }

        [Test]
        public async Task Enrolling_an_unknown_user_is_404_and_a_body_without_user_is_400()
        {
            var unknown = await Api.PostAsync(R + "classes/cls-0001/students", new JObject { ["enrollment"] = new JObject { ["user"] = new JObject { ["sourcedId"] = "ghost" } } });
            Assert.That(unknown.Status, Is.EqualTo(404));
            var missing = await Api.PostAsync(R + "classes/cls-0001/students", new JObject { ["enrollment"] = new JObject() });
            Assert.That(missing.Status, Is.EqualTo(400));
        }

        [Test]
        public async Task Line_items_posted_to_a_class_belong_to_it_and_results_posted_to_one_are_listed_under_the_class()
        {
            var posted = await Api.PostAsync(G + "classes/cls-0004/lineItems", new JObject
            {
                ["lineItems"] = new JArray(new JObject { ["sourcedId"] = "w-li-1", ["title"] = "Lab report" }, new JObject { ["sourcedId"] = "w-li-2", ["title"] = "Essay" }),
            });
            Assert.That(posted.Status, Is.EqualTo(201));
            Assert.That(posted.List("sourcedIdPairs"), Has.Count.EqualTo(2));
            var items = await Api.GetAsync(G + "classes/cls-0004/lineItems");
            Assert.That(items.List("lineItems").Select(l => (string?)l["sourcedId"]), Does.Contain("w-li-1").And.Contain("w-li-2"));
            Assert.That((string?)Fake.Data.FindRecord("lineItems", "w-li-1")!.SelectToken("school.sourcedId"), Is.EqualTo("org-0002"));

            var student = (string)(await Api.GetAsync(R + "classes/cls-0004/students?limit=1")).List("users")[0]["sourcedId"]!;
            var results = await Api.PostAsync(G + "lineItems/w-li-1/results", new JObject
            {
                ["results"] = new JArray(new JObject { ["sourcedId"] = "w-res-1", ["student"] = new JObject { ["sourcedId"] = student }, ["score"] = 91.0 }),
            });
            Assert.That(results.Status, Is.EqualTo(201));
            var listed = await Api.GetAsync(G + $"classes/cls-0004/lineItems/w-li-1/results");
            Assert.That(listed.List("results").Select(r => (double?)r["score"]), Is.EqualTo(new double?[] { 91.0 }));
            var forStudent = await Api.GetAsync(G + $"classes/cls-0004/students/{student}/results?limit=100");
            Assert.That(forStudent.List("results").Select(r => (string?)r["sourcedId"]), Does.Contain("w-res-1"));
        }

        [Test]
        public async Task A_grading_period_created_for_a_term_hangs_under_it()
        {
            var created = await Api.PostAsync(R + "terms/as-0002/gradingPeriods", new JObject { ["academicSession"] = new JObject { ["sourcedId"] = "w-gp", ["title"] = "Mid-term" } });
            Assert.That(created.Status, Is.EqualTo(201));
            Assert.That((string?)created.Body.SelectToken("academicSession.type"), Is.EqualTo("gradingPeriod"));
            Assert.That((string?)created.Body.SelectToken("academicSession.parent.sourcedId"), Is.EqualTo("as-0002"));
            var periods = await Api.GetAsync(R + "terms/as-0002/gradingPeriods");
            Assert.That(periods.List("academicSessions").Select(p => (string?)p["sourcedId"]), Does.Contain("w-gp"));
            var term = (await Api.GetAsync(R + "terms/as-0002")).Body["academicSession"]!;
            Assert.That(term["children"]!.Select(c => (string?)c["sourcedId"]), Does.Contain("w-gp"));
        }

        [Test]
        public async Task Assigning_a_resource_lists_it_for_the_class_and_removing_it_twice_is_404()
        {
            var assigned = await Api.PostAsync(Paths.Resources + "resources/classes/cls-0005/resources", new JObject { ["resource"] = new JObject { ["sourcedId"] = "rsc-0020" } });
            Assert.That(assigned.Status, Is.EqualTo(201));
            Assert.That((string?)assigned.Body.SelectToken("sourcedIdPairs.allocatedSourcedId"), Is.EqualTo("rsc-0020"));
            foreach (var path in new[] { "classes/cls-0005/resources", "resources/classes/cls-0005/resources" })
            {
                var listed = await Api.GetAsync(Paths.Resources + path);
                Assert.That(listed.List("resources").Select(r => (string?)r["sourcedId"]), Does.Contain("rsc-0020"), path);
            }
            Assert.That((await Api.DeleteAsync(Paths.Resources + "resources/classes/cls-0005/resources/rsc-0020")).Status, Is.EqualTo(204));
            Assert.That((await Api.DeleteAsync(Paths.Resources + "resources/classes/cls-0005/resources/rsc-0020")).Status, Is.EqualTo(404));
            var unknown = await Api.PostAsync(Paths.Resources + "resources/users/usr-0001/resources", new JObject { ["resource"] = new JObject { ["sourcedId"] = "nope" } });
            Assert.That(unknown.Status, Is.EqualTo(404));
        }

        [Test]
        public async Task Credentials_are_stored_201_replaced_200_and_decrypted()
        {
            var path = R + "users/usr-0030/credentials";
            var first = await Api.PostAsync(path, OperationScenario.CredentialBody());
            Assert.That(first.Status, Is.EqualTo(201));
            var body = OperationScenario.CredentialBody();
            body["credentials"]!["password"] = "changed!";
            var second = await Api.PostAsync(path, body);
            Assert.That(second.Status, Is.EqualTo(200));
            Assert.That((string?)second.Body["credentialId"], Is.EqualTo((string?)first.Body["credentialId"]));
            var decrypted = await Api.PostAsync($"{path}/{first.Body["credentialId"]}/decrypt", null);
            Assert.That((string?)decrypted.Body["password"], Is.EqualTo("changed!"));
            Assert.That((await Api.PostAsync(path, new JObject { ["applicationName"] = "x" })).Status, Is.EqualTo(400));
        }

        [Test]
        public async Task A_user_with_demographics_embeds_the_demographics_record()
        {
            var student = (string)Fake.Data.RecordObjects("students").First()["sourcedId"]!;
            var user = (await Api.GetAsync(R + $"users/{student}/demographics")).Body["user"]!;
            Assert.That((string?)user.SelectToken("demographics.sourcedId"), Is.EqualTo(student));
            Assert.That((string?)user.SelectToken("demographics.sex"), Is.Not.Null);
        }

        [Test]
        public async Task Export_answers_a_Common_Cartridge_zip_as_an_attachment()
        {
            var export = await Api.PostAsync(Paths.Resources + "resources/export/rsc-0001", null);
            Assert.That(export.Status, Is.EqualTo(200));
            Assert.That(export.Header("Content-Disposition"), Is.EqualTo("attachment; filename=\"rsc-0001.imscc\""));
            using var zip = new ZipArchive(new MemoryStream(export.Bytes));
            using var manifest = new StreamReader(zip.GetEntry("imsmanifest.xml")!.Open());
            Assert.That(manifest.ReadToEnd(), Does.Contain("Mathematics Interactive Textbook"));
        }
    }
}
