using System;
using System.Threading.Tasks;
using OneRoster.Models;
using OneRoster.Paging;
using OneRoster.Query;
using OneRoster.Rostering;

namespace OneRoster.Tests.Docs
{
    // The quickstart of README.md, compiled; DocSnippetTests fails when the two drift apart.
    internal static class ReadmeSnippets
    {
        public static async Task Quickstart()
        {
            using var client = new OneRosterClient(new OneRosterClientOptions
            {
                Environment = OneRosterEnvironment.Staging,   // Timeback; or BaseUrl + TokenUrl for any OneRoster 1.2 provider
                ClientId = "...",
                ClientSecret = "...",
            });

            Page<User> page = await client.Users.ListAsync(q => q.OrderBy("familyName").Limit(100));
            Console.WriteLine($"{page.Items.Count} of {page.TotalCount} users");

            await foreach (User student in client.Users.StreamAsync(q => q
                .Where(Filter.Field("role").EqualTo(UserRole.Student).And(Filter.Field("status").EqualTo(RecordStatus.Active)))))
            {
                Console.WriteLine($"{student.GivenName} {student.FamilyName}");   // every page, ends exactly when the data ends
            }

            User user = await client.Users.GetAsync("user-id");                  // OneRosterNotFoundException if absent
            string classId = await client.Classes.CreateAsync(new Class { Title = "Math 101", ClassType = ClassType.Scheduled });
            await client.Classes[classId].EnrollAsync(user.SourcedId!, EnrollmentRole.Student);
        }
    }
}
