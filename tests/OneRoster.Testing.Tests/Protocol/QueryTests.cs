using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Testing.Tests.Support;

namespace OneRoster.Testing.Tests.Protocol
{
    /// <summary>filter, sort/orderBy, fields and search on list and single reads.</summary>
    public class QueryTests : FakeServerFixture
    {
        private const string Users = Paths.Rostering + "users";

        [Test]
        public async Task A_filter_on_a_nested_array_field_selects_exactly_the_matching_records_before_paging()
        {
            var page = await Api.GetAsync(Users + "?filter=" + Uri.EscapeDataString("roles.role='teacher'") + "&limit=5");
            Assert.That(page.Header("X-Total-Count"), Is.EqualTo(Fake.Data.Count("teachers").ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(page.List("users").Select(u => (string?)u.SelectToken("roles[0].role")), Is.All.EqualTo("teacher"));
        }

        [Test]
        public async Task Filters_join_predicates_with_AND_and_OR()
        {
            var both = await Api.GetAsync(Users + "?limit=500&filter=" + Uri.EscapeDataString("roles.role='student' AND grades='09'"));
            Assert.That(both.List("users"), Is.Not.Empty);
            Assert.That(both.List("users").All(u => u["grades"]!.Values<string>().Contains("09") && (string?)u.SelectToken("roles[0].role") == "student"));

            var either = await Api.GetAsync(Users + "?limit=500&filter=" + Uri.EscapeDataString("roles.role='teacher' OR roles.role='aide'"));
            Assert.That(either.List("users").Select(u => (string?)u.SelectToken("roles[0].role")).Distinct(), Is.EquivalentTo(new[] { "teacher", "aide" }));
        }

        [Test]
        public async Task Comparison_and_contains_operators_work_on_numbers_and_text()
        {
            var high = await Api.GetAsync(Paths.Gradebook + "results?limit=1000&filter=" + Uri.EscapeDataString("score>=90"));
            Assert.That(high.List("results").Select(r => (double)r["score"]!), Is.Not.Empty.And.All.GreaterThanOrEqualTo(90));
            var named = await Api.GetAsync(Users + "?limit=500&filter=" + Uri.EscapeDataString("email~'students.'"));
            Assert.That(named.List("users").Select(u => (string)u["email"]!), Is.Not.Empty.And.All.Contains("@students."));
        }

        [TestCase("familyName=")]
        [TestCase("familyName='unclosed")]
        [TestCase("= 'x'")]
        public async Task A_filter_that_does_not_parse_is_400_invalid_filter_field(string filter)
        {
            var response = await Api.GetAsync(Users + "?filter=" + Uri.EscapeDataString(filter));
            Assert.That(response.Status, Is.EqualTo(400));
            Assert.That(response.CodeMinor, Is.EqualTo("invalid_filter_field"));
        }

        [Test]
        public async Task Sort_orders_by_the_field_ascending_by_default_and_descending_with_orderBy_desc()
        {
            var up = (await Api.GetAsync(Users + "?sort=familyName&limit=200")).List("users").Select(u => (string)u["familyName"]!).ToList();
            var down = (await Api.GetAsync(Users + "?sort=familyName&orderBy=desc&limit=200")).List("users").Select(u => (string)u["familyName"]!).ToList();
            Assert.That(up, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(down, Is.Ordered.Descending.Using((IComparer<string>)StringComparer.Ordinal));
        }

        [Test]
        public async Task Numbers_sort_by_value()
        {
            var scores = (await Api.GetAsync(Paths.Gradebook + "results?sort=score&orderBy=desc&limit=50&filter=" + Uri.EscapeDataString("scoreStatus='fully graded'")))
                .List("results").Select(r => (double)r["score"]!).ToList();
            Assert.That(scores, Is.Ordered.Descending);
        }

        [Test]
        public async Task An_orderBy_other_than_asc_or_desc_is_400()
        {
            var response = await Api.GetAsync(Users + "?sort=familyName&orderBy=up");
            Assert.That(response.Status, Is.EqualTo(400));
            Assert.That(response.CodeMinor, Is.EqualTo("invalid_sort_field"));
        }

        [Test]
        public async Task Fields_keeps_only_the_named_properties_and_dot_notation_reaches_inside_arrays()
        {
            var page = await Api.GetAsync(Users + "?limit=3&fields=sourcedId,givenName,roles.role,primaryOrg.sourcedId");
            foreach (var user in page.List("users").Cast<JObject>())
            {
                Assert.That(user.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "sourcedId", "givenName", "roles", "primaryOrg" }));
                Assert.That(((JObject)user["roles"]![0]!).Properties().Select(p => p.Name), Is.EqualTo(new[] { "role" }));
                Assert.That(((JObject)user["primaryOrg"]!).Properties().Select(p => p.Name), Is.EqualTo(new[] { "sourcedId" }));
            }
        }

        [Test]
        public async Task Fields_applies_to_single_reads_too()
        {
            var user = (await Api.GetAsync(Users + "/usr-0001?fields=sourcedId,email")).Body["user"] as JObject;
            Assert.That(user!.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "sourcedId", "email" }));
        }

        [Test]
        public async Task Search_matches_a_substring_of_a_name_field_case_insensitively()
        {
            var someone = Fake.Data.FindRecord("users", "usr-0042")!;
            var family = (string)someone["familyName"]!;
            var found = await Api.GetAsync(Users + "?limit=500&search=" + Uri.EscapeDataString(family.ToUpperInvariant()));
            Assert.That(found.List("users").Select(u => (string?)u["sourcedId"]), Does.Contain("usr-0042"));
            Assert.That(found.List("users").All(u => ((string)u["familyName"]! + u["givenName"] + u["username"] + u["email"]).Contains(family, StringComparison.OrdinalIgnoreCase)));
        }

        [Test]
        public async Task Typed_views_list_only_their_records()
        {
            Assert.That((await Api.GetAsync(Paths.Rostering + "schools")).List("orgs").Select(o => (string?)o["type"]), Is.All.EqualTo("school"));
            Assert.That((await Api.GetAsync(Paths.Rostering + "terms")).List("academicSessions").Select(o => (string?)o["type"]), Is.All.EqualTo("term"));
            Assert.That((await Api.GetAsync(Paths.Rostering + "gradingPeriods")).List("academicSessions").Select(o => (string?)o["type"]), Is.All.EqualTo("gradingPeriod"));
            var students = await Api.GetAsync(Paths.Rostering + "students?limit=500");
            Assert.That(students.List("users").Select(u => (string?)u.SelectToken("roles[0].role")), Is.All.EqualTo("student"));
            Assert.That((await Api.GetAsync(Paths.Rostering + "students/usr-0001")).Status, Is.EqualTo(404), "usr-0001 is a teacher");
        }
    }
}
