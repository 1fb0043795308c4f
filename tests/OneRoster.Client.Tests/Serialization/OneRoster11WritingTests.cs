using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Gradebook;
using OneRoster.Models;
using Rostering = OneRoster.Rostering;

namespace OneRoster.Tests.Serialization
{
    /// <summary>
    /// Writes under a OneRoster 1.1 profile: the writes 1.1 has (PUT and DELETE of line items, results, categories)
    /// go out in the 1.1 shape; every other write fails with <see cref="NotSupportedException"/> naming the
    /// operation, and nothing is sent.
    /// </summary>
    [TestFixture]
    public class OneRoster11WritingTests
    {
        private static Rostering.GuidRef Ref(string id, string type) => new() { SourcedId = id, Type = type, Href = new Uri("https://sis.test/" + type + "s/" + id) };

        /// <summary>A body as sent, its dates kept as text.</summary>
        private static JObject Sent(string body)
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(new System.IO.StringReader(body)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
            return JObject.Load(reader);
        }

        private static LineItem NewLineItem()
        {
            var lineItem = new LineItem
            {
                SourcedId = "li-1",
                Status = RecordStatus.Active,
                Title = "Quiz 1",
                AssignDate = new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero),
                DueDate = new DateTimeOffset(2025, 9, 8, 0, 0, 0, TimeSpan.Zero),
                Class = Ref("c-1", "class"),
                School = Ref("s-1", "org"),
                Category = Ref("cat-1", "category"),
                AcademicSession = Ref("gp-1", "academicSession"),
                ScoreScale = Ref("ss-1", "scoreScale"),
                ResultValueMin = 0,
                ResultValueMax = 10,
            };
            lineItem.AdditionalProperties["x-lms-id"] = "canvas-77";
            return lineItem;
        }

        [Test]
        public async Task Line_item_put_to_a_1p1_provider_names_the_session_gradingPeriod_and_leaves_out_what_1p1_lacks()
        {
            var provider = new OneRoster11Provider("lineItems", "lineItem", "{}");
            using var client = provider.CreateClient();

            await client.LineItems.UpsertAsync("li-1", NewLineItem());

            var (method, path, body) = provider.Requests.Single();
            Assert.That((method, path), Is.EqualTo(("PUT", "/ims/oneroster/v1p1/lineItems/li-1")));
            var sent = (JObject)Sent(body!)["lineItem"]!;
            Assert.That((string?)sent["gradingPeriod"]!["sourcedId"], Is.EqualTo("gp-1"));
            Assert.That(sent.Properties().Select(p => p.Name), Is.EquivalentTo(new[]
            {
                "sourcedId", "status", "title", "assignDate", "dueDate", "class", "category", "gradingPeriod", "resultValueMin", "resultValueMax", "x-lms-id",
            }));
            Assert.That((string?)sent["dueDate"], Is.EqualTo("2025-09-08T00:00:00Z"));
        }

        [Test]
        public async Task Line_item_put_to_a_1p2_provider_is_sent_as_serialized()
        {
            // The control: the rewrite happens only under a 1.1 profile.
            var provider = new OneRoster11Provider("lineItems", "lineItem", "{}");
            using var client = provider.CreateClient(OneRosterProvider.Standard);

            await client.LineItems.UpsertAsync("li-1", NewLineItem());

            var sent = (JObject)Sent(provider.Requests.Single().Body!)["lineItem"]!;
            Assert.That(sent.Properties().Select(p => p.Name), Is.SupersetOf(new[] { "academicSession", "school", "scoreScale" }));
            Assert.That(sent["gradingPeriod"], Is.Null);
        }

        [Test]
        public async Task Result_put_to_a_1p1_provider_leaves_out_the_fields_1p2_added()
        {
            var provider = new OneRoster11Provider("results", "result", "{}");
            using var client = provider.CreateClient();
            var result = new Result
            {
                SourcedId = "r-1",
                Status = RecordStatus.Active,
                LineItem = Ref("li-1", "lineItem"),
                Student = Ref("u-2", "user"),
                Class = Ref("c-1", "class"),
                ScoreStatus = ScoreStatus.FullyGraded,
                Score = 9.5f,
                TextScore = "A",
                ScoreDate = new DateOnly(2025, 9, 9),
                Comment = "well done",
                Late = "false",
                Missing = "false",
            };

            await client.Results.UpsertAsync("r-1", result);

            var (method, path, body) = provider.Requests.Single();
            Assert.That((method, path), Is.EqualTo(("PUT", "/ims/oneroster/v1p1/results/r-1")));
            var sent = (JObject)Sent(body!)["result"]!;
            Assert.That(sent.Properties().Select(p => p.Name), Is.EquivalentTo(new[]
            {
                "sourcedId", "status", "lineItem", "student", "scoreStatus", "score", "scoreDate", "comment",
            }));
            Assert.That((string?)sent["scoreStatus"], Is.EqualTo("fully graded"));
            Assert.That((double)sent["score"]!, Is.EqualTo(9.5));
        }

        [Test]
        public async Task Category_put_to_a_1p1_provider_has_no_weight_and_deletes_are_sent()
        {
            var provider = new OneRoster11Provider("categories", "category", "{}");
            using var client = provider.CreateClient();

            await client.Categories.UpsertAsync("cat-1", new Category { SourcedId = "cat-1", Status = RecordStatus.Active, Title = "Homework", Weight = 0.4f });
            await client.Categories.DeleteAsync("cat-1");
            await client.LineItems.DeleteAsync("li-1");
            await client.Results.DeleteAsync("r-1");

            var sent = (JObject)Sent(provider.Requests[0].Body!)["category"]!;
            Assert.That(sent.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "sourcedId", "status", "title" }));
            Assert.That(provider.Requests.Skip(1).Select(r => (r.Method, r.Path)), Is.EqualTo(new[]
            {
                ("DELETE", "/ims/oneroster/v1p1/categories/cat-1"),
                ("DELETE", "/ims/oneroster/v1p1/lineItems/li-1"),
                ("DELETE", "/ims/oneroster/v1p1/results/r-1"),
            }));
        }

        [Test]
        public async Task User_create_under_a_profile_allowing_writes_beyond_1p1_sends_role_and_orgs_primary_org_first()
        {
            var provider = new OneRoster11Provider("users", "user", "{}");
            using var client = provider.CreateClient(OneRosterProvider.ClassLink with { AllowWritesBeyondOneRoster11 = true });
            var user = new Rostering.User
            {
                SourcedId = "u-1",
                GivenName = "Jo",
                Roles = new List<Rostering.RoleAssignment>
                {
                    new() { RoleType = "secondary", Role = UserRole.Aide, Org = Ref("s-2", "org") },
                    new() { RoleType = "primary", Role = UserRole.Teacher, Org = Ref("s-3", "org") },
                },
                PrimaryOrg = Ref("s-1", "org"),
            };
            user.AdditionalProperties["x-badge"] = "B-1";

            Assert.That(await client.Users.CreateAsync(user), Is.EqualTo("u-1"));

            var (method, path, body) = provider.Requests.Single();
            Assert.That((method, path), Is.EqualTo(("POST", "/ims/oneroster/v1p1/users")));
            var sent = (JObject)Sent(body!)["user"]!;
            Assert.That((string?)sent["role"], Is.EqualTo("teacher"), "the primary assignment's role");
            Assert.That(sent["orgs"]!.Select(o => (string?)o["sourcedId"]), Is.EqualTo(new[] { "s-1", "s-3", "s-2" }));
            Assert.That(sent.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "sourcedId", "givenName", "role", "orgs", "x-badge" }));
        }

        private static IEnumerable<TestCaseData> WritesOneRoster11Lacks()
        {
            TestCaseData Case(string operationId, Func<OneRosterClient, Task> write) =>
                new TestCaseData(operationId, write).SetArgDisplayNames(operationId);

            yield return Case("createUser", c => c.Users.CreateAsync(new Rostering.User { SourcedId = "u-1", GivenName = "Jo" }));
            yield return Case("updateUser", c => c.Users.UpsertAsync("u-1", new Rostering.User { SourcedId = "u-1" }));
            yield return Case("deleteUser", c => c.Users.DeleteAsync("u-1"));
            yield return Case("updateClass", c => c.Classes.UpsertAsync("c-1", new Rostering.Class { SourcedId = "c-1" }));
            yield return Case("addStudentToClass", c => c.Classes["c-1"].EnrollAsync("u-1", EnrollmentRole.Student));
            yield return Case("createEnrollment", c => c.Classes["c-1"].EnrollAsync("u-1", EnrollmentRole.Administrator));
            yield return Case("createLineItem", c => c.LineItems.CreateAsync(NewLineItem()));
            yield return Case("postLineItemsForClass", c => c.Classes["c-1"].PostLineItemsAsync(new[] { NewLineItem() }));
            yield return Case("postResultsForLineItem", c => c.LineItems["li-1"].PostResultsAsync(new[] { new Result { SourcedId = "r-1" } }));
            yield return Case("putScoreScale", c => c.ScoreScales.UpsertAsync("ss-1", new ScoreScale { SourcedId = "ss-1" }));
            yield return Case("assignResourceToClass", c => c.Resources.AssignToClassAsync("res-1", "c-1"));
        }

        [TestCaseSource(nameof(WritesOneRoster11Lacks))]
        public void Write_1p1_does_not_have_throws_NotSupportedException_naming_it_before_any_request(string operationId, Func<OneRosterClient, Task> write)
        {
            var provider = new OneRoster11Provider("users", "user", "{}");
            using var client = provider.CreateClient();

            var ex = Assert.ThrowsAsync<NotSupportedException>(() => write(client));

            Assert.That(ex!.Message, Does.StartWith(operationId + " is not part of OneRoster 1.1").And.Contain("'ClassLink'"));
            Assert.That(provider.Requests, Is.Empty);
        }
    }
}
