using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Rostering;
using OneRoster.Testing;

namespace OneRoster.Tests.Docs
{
    // The snippets of docs/testing.md, compiled; DocSnippetTests fails when the two drift apart.
    internal static class TestingSnippets
    {
        public static async Task ExerciseAndCheck(string id)
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 500));
            using var client = new OneRosterClient(fake.CreateClientOptions());
            // ... exercise your code with `client`, then check what it did:
            Assert.That(fake.RequestLog.Count(r => r.OperationId == "getAllUsers"), Is.EqualTo(5));
            Assert.That(fake.Data.Find("enrollments", id), Is.Not.Null);
        }

        public static async Task<(List<User> Students, List<User> InClass)> Linking()
        {
            var linked = FakeDistrict.Empty
                .Add("schools", """{"sourcedId":"s1","name":"Hill School"}""")
                .Add("users", """{"sourcedId":"u1","givenName":"Ada","roles":[{"roleType":"primary","role":"student","org":{"sourcedId":"s1","type":"org"}}]}""")
                .Add("users", """{"sourcedId":"u2","givenName":"Bob","role":"student","orgs":[{"sourcedId":"s1","type":"org"}]}""")   // 1.1 shape: links nothing
                .Add("classes", """{"sourcedId":"c1","title":"Math","school":{"sourcedId":"s1","type":"org"}}""")
                .Add("enrollments", """{"sourcedId":"e1","role":"student","user":{"sourcedId":"u1","type":"user"},"class":{"sourcedId":"c1","type":"class"},"school":{"sourcedId":"s1","type":"org"}}""");
            await using var server = await OneRosterFakeServer.StartAsync(linked);
            using var schoolClient = new OneRosterClient(server.CreateClientOptions());
            List<User> students = await schoolClient.Schools["s1"].Students.ToListAsync();   // u1 only
            List<User> inClass = await schoolClient.Classes["c1"].Students.ToListAsync();     // u1, through e1
            return (students, inClass);
        }

        public static FakeDistrict[] SeedData()
        {
            var big   = FakeDistrict.Generate(users: 1_000_000);            // deterministic; seed = 42
            var other = FakeDistrict.Generate(users: 2_000, seed: 7, schools: 3, schoolYear: 2026);
            var mine  = FakeDistrict.FromJson(File.ReadAllText("district.json"));   // or a Stream
            var tiny  = FakeDistrict.Empty
                .Add("schools",  """{"sourcedId":"s1","name":"Hill School"}""")   // type filled in
                .Add("students", """{"sourcedId":"u1","givenName":"Ada"}""");      // role filled in
            return new[] { big, other, mine, tiny };
        }
    }
}
