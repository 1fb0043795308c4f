using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Testing.Tests.Support;

namespace OneRoster.Testing.Tests.Routing
{
    /// <summary>A million-user district is served page by page without building every record.</summary>
    public class ScaleTests : FakeServerFixture
    {
        protected override FakeDistrict CreateData() => FakeDistrict.Generate(users: 1_000_000);

        [Test]
        public async Task Paging_deep_into_a_million_users_and_reading_rosters_stays_fast()
        {
            var watch = Stopwatch.StartNew();
            var last = await Api.GetAsync(Paths.Rostering + "users?limit=100&offset=999950");
            Assert.That(last.Header("X-Total-Count"), Is.EqualTo("1000000"));
            Assert.That(last.List("users"), Has.Count.EqualTo(50));
            Assert.That((string?)last.List("users").Last()["sourcedId"], Is.EqualTo("usr-1000000"));

            var students = await Api.GetAsync(Paths.Rostering + "students?limit=10&offset=500000");
            Assert.That(students.List("users").Select(u => (string?)u.SelectToken("roles[0].role")), Is.All.EqualTo("student"));

            var lastSchool = (string)(await Api.GetAsync(Paths.Rostering + "schools?limit=1&offset=1249")).List("orgs")[0]["sourcedId"]!;
            var schoolStudents = await Api.GetAsync(Paths.Rostering + $"schools/{lastSchool}/students?limit=5");
            Assert.That(int.Parse(schoolStudents.Header("X-Total-Count")!, System.Globalization.CultureInfo.InvariantCulture), Is.InRange(500, 600));

            var cls = (string)(await Api.GetAsync(Paths.Rostering + "classes?limit=1&offset=150000")).List("classes")[0]["sourcedId"]!;
            Assert.That((await Api.GetAsync(Paths.Rostering + $"classes/{cls}/students")).List("users"), Has.Count.InRange(15, 25));
            Assert.That((await Api.GetAsync(Paths.Gradebook + $"classes/{cls}/results")).List("results"), Has.Count.InRange(45, 75));
            Assert.That(watch.Elapsed.TotalSeconds, Is.LessThan(5));
        }
    }
}
