using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
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
