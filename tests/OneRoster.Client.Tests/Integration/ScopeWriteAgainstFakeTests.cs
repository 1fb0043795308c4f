using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using OneRoster.Errors;
using OneRoster.Gradebook;
using OneRoster.Models;
using OneRoster.Rostering;
using OneRoster.Serialization;
using OneRoster.Testing;
using static OneRoster.Testing.FakeCollections;

namespace OneRoster.Tests.Integration
{
    /// <summary>The scopes' writes (enrolling, posting line items and results, resource assignment) against the fake's data.</summary>
    [TestFixture]
    public class ScopeWriteAgainstFakeTests
    {
        private OneRosterFakeServer _fake = null!;
        private OneRosterClient _client = null!;
        private DistrictSnapshot _district = null!;

        [OneTimeSetUp]
        public async Task Start()
        {
            _fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 300));
            _client = new OneRosterClient(_fake.CreateClientOptions());
            _district = new DistrictSnapshot(_fake.Data);
        }

        [OneTimeTearDown]
        public async Task Stop()
        {
            _client.Dispose();
            await _fake.DisposeAsync();
        }

        private string FirstId(string collection, string? filter) => _district.IdsWhere(collection, filter).First();

        private T Copy<T>(string collection, string? filter)
        {
            var record = (JObject)_district.Where(collection, filter).First().DeepClone();
            record.Remove("sourcedId");
            return record.ToObject<T>(OneRosterJson.CreateSerializer())!;
        }

        [TestCase("student")]
        [TestCase("teacher")]
        [TestCase("aide")]
        public async Task EnrollAsync_creates_the_enrollment_with_user_class_and_role(string role)
        {
            var classId = FirstId(Classes, null);
            var userId = FirstId(Users, $"roles.role='{role}'");

            var id = await _client.Classes[classId].EnrollAsync(userId, (EnrollmentRole)role);

            var enrollment = _fake.Data.FindRecord(Enrollments, id!);
            Assert.That(enrollment, Is.Not.Null);
            Assert.That((string?)enrollment!["user"]!["sourcedId"], Is.EqualTo(userId));
            Assert.That((string?)enrollment["class"]!["sourcedId"], Is.EqualTo(classId));
            Assert.That((string?)enrollment["role"], Is.EqualTo(role));
        }

        [Test]
        public async Task LineItem_PostResultsAsync_creates_every_result_under_the_line_item()
        {
            var lineItem = FirstId(LineItems, null);
            var results = Enumerable.Range(0, 3).Select(_ => Copy<Result>(Results, null)).ToList();

            var pairs = await _client.LineItems[lineItem].PostResultsAsync(results);

            Assert.That(pairs, Has.Count.EqualTo(3));
            foreach (var pair in pairs)
            {
                Assert.That((string?)_fake.Data.FindRecord(Results, pair.AllocatedSourcedId!)?["lineItem"]?["sourcedId"], Is.EqualTo(lineItem));
            }
        }

        [Test]
        public async Task Class_session_PostResultsAsync_creates_the_results_for_that_class()
        {
            var classId = FirstId(Classes, null);
            var term = _district.RefsOf(Classes, classId, "terms[*].sourcedId").First();

            var pairs = await _client.Classes[classId].AcademicSessions[term].PostResultsAsync(new[] { Copy<Result>(Results, $"class.sourcedId='{classId}'") });

            Assert.That(pairs, Has.Count.EqualTo(1));
            Assert.That((string?)_fake.Data.FindRecord(Results, pairs[0].AllocatedSourcedId!)?["class"]?["sourcedId"], Is.EqualTo(classId));
        }

        [Test]
        public async Task PostLineItemsAsync_on_a_class_and_on_a_school_fill_in_the_parent()
        {
            var classId = FirstId(Classes, null);
            var schoolId = FirstId(Orgs, "type='school'");

            var forClass = await _client.Classes[classId].PostLineItemsAsync(new[] { Copy<LineItem>(LineItems, null) });
            var forSchool = await _client.Schools[schoolId].PostLineItemsAsync(new[] { Copy<LineItem>(LineItems, null) });

            Assert.That((string?)_fake.Data.FindRecord(LineItems, forClass.Single().AllocatedSourcedId!)?["class"]?["sourcedId"], Is.EqualTo(classId));
            Assert.That((string?)_fake.Data.FindRecord(LineItems, forSchool.Single().AllocatedSourcedId!)?["school"]?["sourcedId"], Is.EqualTo(schoolId));
        }

        [Test]
        public async Task CreateGradingPeriodAsync_adds_the_period_under_the_term()
        {
            var term = FirstId(AcademicSessions, "type='term'");

            var id = await _client.Terms[term].CreateGradingPeriodAsync(Copy<AcademicSession>(AcademicSessions, "type='gradingPeriod'"));

            Assert.That((string?)_fake.Data.FindRecord(AcademicSessions, id!)?["parent"]?["sourcedId"], Is.EqualTo(term));
            Assert.That(await _client.Terms[term].GradingPeriods.ToListAsync(), Has.Some.Matches<AcademicSession>(p => p.SourcedId == id));
        }

        [TestCase("classes")]
        [TestCase("courses")]
        [TestCase("users")]
        public async Task Resource_assign_and_remove_change_the_owners_resources(string owner)
        {
            var ownerId = FirstId(owner, null);
            var resource = FirstId(FakeCollections.Resources, null);
            await RemoveIfAssigned(owner, ownerId, resource);

            await Assign(owner, ownerId, resource);
            Assert.That(_fake.Data.FindRecord(owner, ownerId)!.SelectTokens("resources[*].sourcedId").Select(t => (string?)t), Does.Contain(resource));

            await Remove(owner, ownerId, resource);
            Assert.That(_fake.Data.FindRecord(owner, ownerId)!.SelectTokens("resources[*].sourcedId").Select(t => (string?)t), Does.Not.Contain(resource));
            Assert.ThrowsAsync<OneRosterNotFoundException>(() => Remove(owner, ownerId, resource), "removing what is not assigned is 404");
        }

        [Test]
        public async Task GetDemographicsAsync_reads_the_users_demographics()
        {
            var student = _district.IdsWhere(FakeCollections.Demographics, null).First();

            var demographics = await _client.Users[student].GetDemographicsAsync();

            Assert.That(demographics.SourcedId, Is.EqualTo(student));
        }

        private async Task RemoveIfAssigned(string owner, string ownerId, string resource)
        {
            if (_fake.Data.FindRecord(owner, ownerId)!.SelectTokens("resources[*].sourcedId").Any(t => (string?)t == resource))
            {
                await Remove(owner, ownerId, resource);
            }
        }

        private Task Assign(string owner, string ownerId, string resource) => owner switch
        {
            "classes" => _client.Resources.AssignToClassAsync(resource, ownerId),
            "courses" => _client.Resources.AssignToCourseAsync(resource, ownerId),
            _ => _client.Resources.AssignToUserAsync(resource, ownerId),
        };

        private Task Remove(string owner, string ownerId, string resource) => owner switch
        {
            "classes" => _client.Resources.RemoveFromClassAsync(resource, ownerId),
            "courses" => _client.Resources.RemoveFromCourseAsync(resource, ownerId),
            _ => _client.Resources.RemoveFromUserAsync(resource, ownerId),
        };
    }
}
