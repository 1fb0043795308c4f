using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Gradebook;
using OneRoster.Models;
using OneRoster.Testing;
using static OneRoster.Testing.FakeCollections;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// The <see cref="OneRosterProvider.ClassLink"/> preset against the fake in the same profile, which then serves
    /// OneRoster 1.1 records: the client's streams read them into the 1.2 DTOs, its writes go out in the 1.1 shape or
    /// fail before a request.
    /// </summary>
    [TestFixture]
    [Parallelizable(ParallelScope.None)]
    public class OneRoster11AgainstFakeTests
    {
        private const string TeacherAtTwoSchools = """
            {"sourcedId":"usr-two-schools","status":"active","dateLastModified":"2025-01-01T00:00:00.000Z","username":"two","enabledUser":"true",
             "givenName":"Ada","familyName":"Two","x-badge":"B-1",
             "roles":[{"roleType":"secondary","role":"teacher","org":{"sourcedId":"org-0003","type":"org"}},
                      {"roleType":"primary","role":"teacher","org":{"sourcedId":"org-0002","type":"org"}}],
             "primaryOrg":{"sourcedId":"org-0002","type":"org"}}
            """;

        private static async Task<OneRosterFakeServer> StartAsync(FakeDistrict? data = null) =>
            await OneRosterFakeServer.StartAsync(data ?? FakeDistrict.Generate(users: 120), FakeServerOptions.For(OneRosterProvider.ClassLink));

        private static OneRosterClient ClientOf(OneRosterFakeServer fake)
        {
            var options = fake.CreateClientOptions();
            options.Provider = OneRosterProvider.ClassLink;
            options.PageSize = 25;
            return new OneRosterClient(options);
        }

        [Test]
        public async Task Users_classes_and_enrollments_stream_completely_and_users_read_back_their_roles_and_primary_org()
        {
            var data = FakeDistrict.Generate(users: 120).Add(Users, TeacherAtTwoSchools);
            await using var fake = await StartAsync(data);
            using var client = ClientOf(fake);

            var users = await client.Users.ToListAsync();
            var classes = await client.Classes.ToListAsync();
            var enrollments = await client.Enrollments.ToListAsync();

            Assert.That(users.Select(u => u.SourcedId), Is.EquivalentTo(DistrictSnapshot.Ids(fake.Data.RecordObjects(Users))));
            Assert.That(classes.Select(c => c.SourcedId), Is.EquivalentTo(DistrictSnapshot.Ids(fake.Data.RecordObjects(Classes))));
            Assert.That(enrollments.Select(e => e.SourcedId), Is.EquivalentTo(DistrictSnapshot.Ids(fake.Data.RecordObjects(Enrollments))));
            var stored = fake.Data.RecordObjects(Users).ToDictionary(u => (string)u["sourcedId"]!);
            foreach (var user in users)
            {
                var original = stored[user.SourcedId!];
                Assert.That(user.PrimaryOrg?.SourcedId, Is.EqualTo((string?)original["primaryOrg"]?["sourcedId"]), user.SourcedId);
                Assert.That(user.Roles!.Count(r => r.RoleType == "primary"), Is.EqualTo(1), user.SourcedId);
                Assert.That(user.Roles!.Select(r => r.Org?.SourcedId), Is.EquivalentTo(original["roles"]!.Select(r => (string?)r["org"]?["sourcedId"])), user.SourcedId);
                Assert.That(user.AdditionalProperties.Keys, Has.None.EqualTo("role").And.None.EqualTo("orgs"), user.SourcedId);
            }
            var principals = users.Where(u => (string?)stored[u.SourcedId!]["roles"]![0]!["role"] == "principal").ToList();
            Assert.That(principals, Is.Not.Empty);
            Assert.That(principals.SelectMany(p => p.Roles!).Select(r => r.Role), Has.All.EqualTo("administrator"), "1.1 has administrator, not principal");

            var two = users.Single(u => u.SourcedId == "usr-two-schools");
            Assert.That(two.Roles!.Select(r => (r.RoleType, r.Role, r.Org!.SourcedId)), Is.EqualTo(new[]
            {
                ("primary", "teacher", "org-0002"),
                ("secondary", "teacher", "org-0003"),
            }));
            Assert.That(two.AdditionalProperties["x-badge"], Is.EqualTo("B-1"));
        }

        [Test]
        public async Task Line_item_put_is_stored_in_the_1p1_shape_and_reads_back_with_its_session()
        {
            await using var fake = await StartAsync(FakeDistrict.Generate(users: 30));
            using var client = ClientOf(fake);
            var existing = await client.LineItems.FirstOrDefaultAsync();
            Assert.That(existing?.AcademicSession, Is.Not.Null, "the 1.1 gradingPeriod reads as the 1.2 academicSession");
            existing!.Title = "Renamed";

            await client.LineItems.UpdateAsync(existing.SourcedId!, existing);

            var stored = fake.Data.RecordObjects(LineItems).Single(l => (string?)l["sourcedId"] == existing.SourcedId);
            Assert.That((string?)stored["title"], Is.EqualTo("Renamed"));
            Assert.That((string?)stored["gradingPeriod"]!["sourcedId"], Is.EqualTo(existing.AcademicSession!.SourcedId));
            Assert.That(stored.Properties().Select(p => p.Name), Has.None.AnyOf("school", "scoreScale"), "sent as 1.1: without the fields 1.2 added");
            var again = await client.LineItems.GetAsync(existing.SourcedId!);
            Assert.That(again.AcademicSession?.SourcedId, Is.EqualTo(existing.AcademicSession.SourcedId));
        }

        [Test]
        public async Task Under_the_Timeback_Platform_a_user_is_created_as_1p1_and_reads_back_with_its_roles()
        {
            Assert.That(OneRosterProvider.TimebackPlatform.AllowWritesBeyondOneRoster11, Is.True);
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 40, schools: 2), FakeServerOptions.TimebackPlatform());
            var options = fake.CreateClientOptions();
            options.Provider = OneRosterProvider.TimebackPlatform;
            using var client = new OneRosterClient(options);
            var user = new Rostering.User
            {
                SourcedId = "usr-new",
                Status = RecordStatus.Active,
                EnabledUser = "true",
                GivenName = "Neu",
                FamilyName = "Comer",
                Roles = new List<Rostering.RoleAssignment>
                {
                    new() { RoleType = "primary", Role = UserRole.Teacher, Org = new Rostering.GuidRef { SourcedId = "org-0002", Type = GuidRefType.Org } },
                    new() { RoleType = "secondary", Role = UserRole.Teacher, Org = new Rostering.GuidRef { SourcedId = "org-0003", Type = GuidRefType.Org } },
                },
                PrimaryOrg = new Rostering.GuidRef { SourcedId = "org-0002", Type = GuidRefType.Org },
            };

            await client.Users.CreateAsync(user);
            var read = await client.Users.GetAsync("usr-new");

            Assert.That(read.Roles!.Select(r => (r.RoleType, r.Role, r.Org!.SourcedId)), Is.EqualTo(new[]
            {
                ("primary", "teacher", "org-0002"),
                ("secondary", "teacher", "org-0003"),
            }));
            Assert.That(read.PrimaryOrg?.SourcedId, Is.EqualTo("org-0002"));
            Assert.That(await client.Schools["org-0003"].Teachers.ToListAsync(), Has.Some.Matches<Rostering.User>(t => t.SourcedId == "usr-new"),
                "the fake keeps what it was sent as 1.2, so the user is in the second school's list");
        }

        [Test]
        public async Task A_write_1p1_does_not_have_reaches_no_endpoint_of_the_fake()
        {
            await using var fake = await StartAsync(FakeDistrict.Generate(users: 30));
            using var client = ClientOf(fake);

            var ex = Assert.ThrowsAsync<NotSupportedException>(() => client.Users.CreateAsync(new Rostering.User { SourcedId = "new-1", GivenName = "New" }));
            var post = Assert.ThrowsAsync<NotSupportedException>(() => client.Classes["cls-0001"].PostLineItemsAsync(new[] { new LineItem { SourcedId = "li-new", Title = "T" } }));

            Assert.That(ex!.Message, Does.StartWith("createUser is not part of OneRoster 1.1"));
            Assert.That(post!.Message, Does.StartWith("postLineItemsForClass is not part of OneRoster 1.1"));
            Assert.That(fake.RequestLog.Where(r => r.OperationId != "token"), Is.Empty);
            Assert.That(fake.Data.Find(Users, "new-1"), Is.Null);
        }
    }
}
