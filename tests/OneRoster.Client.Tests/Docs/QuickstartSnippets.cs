using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Errors;
using OneRoster.Models;
using OneRoster.Paging;
using OneRoster.Query;
using OneRoster.Rostering;
using OneRoster.Testing;

namespace OneRoster.Tests.Docs
{
    // The snippets of docs/quickstart.md, compiled; DocSnippetTests fails when the two drift apart.
    internal static class QuickstartSnippets
    {
        public static async Task Quickstart(CancellationToken ct)
        {
            OneRosterClientOptions options = OneRosterClientOptions.FromEnvironmentVariables();
            using var client = new OneRosterClient(options);   // validates now: a missing value fails here, naming the variable

            Page<User> first = await client.Users.ListAsync(q => q.OrderBy("familyName").Limit(50), ct);
            Console.WriteLine($"{first.Items.Count} users of {first.TotalCount?.ToString() ?? "an unknown number"}");

            await foreach (User teacher in client.Users.StreamAsync(q => q.Where(Filter.Field("role").EqualTo(UserRole.Teacher)), cancellationToken: ct))
            {
                Console.WriteLine($"{teacher.SourcedId} {teacher.GivenName} {teacher.FamilyName}");
            }

            User user = await client.Users.GetAsync("usr-0042", ct);
            await foreach (Class cls in client.Users[user.SourcedId!].Classes.StreamAsync(cancellationToken: ct))
            {
                Console.WriteLine(cls.Title);
            }

            string classId = await client.Classes.CreateAsync(new Class
            {
                Title = "Math 101",
                ClassType = ClassType.Scheduled,
                Course = new GuidRef { SourcedId = "crs-0001", Type = GuidRefType.Course },
                School = new GuidRef { SourcedId = "org-0002", Type = GuidRefType.Org },
                Terms = new List<GuidRef> { new GuidRef { SourcedId = "ses-0002", Type = GuidRefType.AcademicSession } },
            }, ct);
            await client.Classes[classId].EnrollAsync("usr-0042", EnrollmentRole.Student, cancellationToken: ct);

            try
            {
                await client.Users.GetAsync("no-such-user", ct);
            }
            catch (OneRosterNotFoundException e)
            {
                Console.WriteLine($"{e.Status} {e.Description} (request {e.RequestId})");
            }
        }

        public static async Task WithoutCredentials(CancellationToken ct)
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 200));
            using var client = new OneRosterClient(fake.CreateClientOptions());
            Page<User> page = await client.Users.ListAsync(q => q.Limit(10), ct);
        }
    }
}
