using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using OneRoster.Query;

namespace OneRoster.Tests.Query
{
    [TestFixture]
    public class QueryPlannerTests
    {
        // Timeback's limits without its in-list operator: ORs of equalities must then be split and merged.
        private static readonly FilterCapabilities TimebackWithoutInList =
            FilterCapabilities.Timeback with { SupportedOperators = FilterCapabilities.Standard.SupportedOperators };

        private static IEnumerable<TestCaseData> LimitedProviders()
        {
            yield return new TestCaseData(FilterCapabilities.Timeback).SetArgDisplayNames("Timeback");
            yield return new TestCaseData(TimebackWithoutInList).SetArgDisplayNames("Timeback without @");
        }

        private static IEnumerable<TestCaseData> ScenariosOnLimitedProviders() =>
            from filter in PlannerScenarios.All
            from provider in LimitedProviders()
            select new TestCaseData(filter, provider.Arguments[0]).SetArgDisplayNames(filter.ToString(), provider.TestName ?? string.Empty);
        private static IEnumerable<TestCaseData> Scenarios() =>
            PlannerScenarios.All.Select(filter => new TestCaseData(filter).SetArgDisplayNames(filter.ToString()));

        [Test]
        public void The_scenarios_are_many_and_not_trivial()
        {
            int[] counts = PlannerScenarios.All.Select(f => PlanRun.Direct(f, UserDataSet.Users).Count).ToArray();
            QueryPlan[] plans = PlannerScenarios.All.Select(f => QueryPlanner.Plan(f, TimebackWithoutInList)).ToArray();
            QueryPlan[] withInList = PlannerScenarios.All.Select(f => QueryPlanner.Plan(f, FilterCapabilities.Timeback)).ToArray();
            Assert.Multiple(() =>
            {
                Assert.That(PlannerScenarios.All, Has.Count.GreaterThanOrEqualTo(30));
                Assert.That(UserDataSet.Users, Has.Count.EqualTo(200));
                Assert.That(counts.Count(c => c > 0 && c < UserDataSet.Size), Is.GreaterThanOrEqualTo(35), "most filters select some but not all users");
                Assert.That(plans.Count(p => p.Residual is not null), Is.GreaterThanOrEqualTo(10), "many need client-side work");
                Assert.That(plans.Count(p => p.ServerFilters.Count > 1), Is.GreaterThanOrEqualTo(8), "many need merged requests");
                Assert.That(plans.Count(p => !p.NeedsClientWork), Is.GreaterThanOrEqualTo(3), "some fit Timeback as they are");
                Assert.That(withInList.Count(p => p.ServerFilters.Any(f => f is not null && f.Contains('@'))), Is.GreaterThanOrEqualTo(5), "many use the in-list");
                Assert.That(withInList.Sum(p => p.ServerFilters.Count), Is.LessThan(plans.Sum(p => p.ServerFilters.Count)), "the in-list saves requests");
            });
        }

        [TestCaseSource(nameof(ScenariosOnLimitedProviders))]
        public void Timeback_plan_yields_exactly_the_records_of_the_full_filter(Filter filter, FilterCapabilities capabilities)
        {
            QueryPlan plan = QueryPlanner.Plan(filter, capabilities);

            List<string> expected = PlanRun.Direct(filter, UserDataSet.Users);
            List<string> streamed = PlanRun.Execute(plan, UserDataSet.Users);

            Assert.Multiple(() =>
            {
                Assert.That(streamed, Is.EquivalentTo(expected), plan.ToString());
                Assert.That(streamed, Is.Unique);
                foreach (string? server in plan.ServerFilters)
                {
                    Assert.That(PlanRun.Violation(server, capabilities), Is.Null, $"Timeback would reject: {server}");
                }

                Assert.That(plan.ServerFilters.Count, Is.LessThanOrEqualTo(capabilities.MaxServerFilters));
                Assert.That(plan.ServerFilters.Distinct().Count(), Is.EqualTo(plan.ServerFilters.Count), "no request is made twice");
            });
        }

        [TestCaseSource(nameof(Scenarios))]
        public void Standard_plan_sends_the_whole_filter(Filter filter)
        {
            QueryPlan plan = QueryPlanner.Plan(filter, FilterCapabilities.Standard);
            Assert.Multiple(() =>
            {
                Assert.That(plan.ServerFilters, Is.EqualTo(new[] { filter.ToString() }));
                Assert.That(plan.Residual, Is.Null);
                Assert.That(plan.NeedsClientWork, Is.False);
            });
        }

        private static IEnumerable<TestCaseData> Shapes()
        {
            FilterCapabilities timeback = TimebackWithoutInList;
            FilterCapabilities inList = FilterCapabilities.Timeback;
            FilterCapabilities standard = FilterCapabilities.Standard;

            yield return Shape("no filter", null, standard, new string?[] { null }, null);
            yield return Shape("fits as is", "status='active' AND role='teacher'", timeback, new[] { "status='active' AND role='teacher'" }, null);
            yield return Shape("three ANDs: two sent, one checked",
                "status='active' AND enabledUser='true' AND dateLastModified>'2024-01-01'", timeback,
                new[] { "status='active' AND enabledUser='true'" }, "dateLastModified>'2024-01-01'");
            yield return Shape("equality sent before range and not-equal",
                "status!='x' AND a='1' AND b>'2'", timeback, new[] { "a='1' AND b>'2'" }, "status!='x'");
            yield return Shape("In of three becomes two requests",
                "familyName='Smith' OR familyName='Lee' OR familyName='Garcia'", timeback,
                new[] { "familyName='Smith' OR familyName='Lee'", "familyName='Garcia'" }, null);
            yield return Shape("AND with In distributes",
                "status='active' AND (role='teacher' OR role='aide')", timeback,
                new[] { "status='active' AND role='teacher'", "status='active' AND role='aide'" }, null);
            yield return Shape("OR of ANDs splits without mixing",
                "a='1' AND b='2' OR c='3'", timeback, new[] { "a='1' AND b='2'", "c='3'" }, null);
            yield return Shape("no OR: one request per value",
                "role='teacher' OR role='aide' OR role='aide2'", standard with { AllowsOr = false },
                new[] { "role='teacher'", "role='aide'", "role='aide2'" }, null);
            yield return Shape("unsupported operator stays client-side",
                "a>='5' AND b='x'", standard with { SupportedOperators = new HashSet<FilterOperator> { FilterOperator.Equal, FilterOperator.GreaterThan } },
                new[] { "b='x'" }, "a>='5'");
            yield return Shape("contains unsupported",
                "givenName~'an' AND status='active'", timeback with { SupportsContains = false },
                new[] { "status='active'" }, "givenName~'an'");
            yield return Shape("quote without doubled-quote support stays client-side",
                "familyName='O''Brien' AND status='active'", standard with { SupportsDoubledQuoteEscape = false },
                new[] { "status='active'" }, "familyName='O''Brien'");
            yield return Shape("hostile value alone is never sent",
                "familyName='x'' OR ''1''=''1'", standard with { SupportsDoubledQuoteEscape = false },
                new string?[] { null }, "familyName='x'' OR ''1''=''1'");
            yield return Shape("too long an AND inside an OR is narrowed and rechecked",
                "a='1' AND b='2' AND c='3' OR d='4'", timeback,
                new[] { "a='1' AND b='2'", "d='4'" }, "a='1' AND b='2' AND c='3' OR d='4'");
            yield return Shape("nested branch makes the OR client-side",
                "status='active' AND (roles.role='teacher' OR grades='12')", timeback,
                new[] { "status='active'" }, "roles.role='teacher' OR grades='12'");
            yield return Shape("nested fields stay client-side on Timeback",
                "roles.role='teacher' AND status='active'", timeback, new[] { "status='active'" }, "roles.role='teacher'");
            yield return Shape("without grouping the OR is distributed into one mixed request",
                "(a='1' OR b='2') AND c='3'", standard with { SupportsGrouping = false },
                new[] { "c='3' AND a='1' OR c='3' AND b='2'" }, null);
            yield return Shape("single predicate limit",
                "a='1' AND b='2'", standard with { MaxPredicates = 1 }, new[] { "a='1'" }, "b='2'");
            yield return Shape("more requests than allowed: the In is checked client-side",
                "a='1' OR a='2' OR a='3' OR a='4' OR a='5'", timeback with { MaxServerFilters = 2 },
                new string?[] { null }, "a='1' OR a='2' OR a='3' OR a='4' OR a='5'");
            yield return Shape("repeats are absorbed",
                "a='1' AND (a='1' OR b='2')", timeback, new[] { "a='1'" }, null);
            yield return Shape("In of three becomes one in-list",
                "familyName='Smith' OR familyName='Lee' OR familyName='Garcia'", inList, new[] { "familyName@'Smith,Lee,Garcia'" }, null);
            yield return Shape("an in-list beside another predicate fits two predicates",
                "status='active' AND (role='teacher' OR role='aide')", inList, new[] { "status='active' AND role@'teacher,aide'" }, null);
            yield return Shape("nested sourcedId in-list",
                "user.sourcedId='u1' OR user.sourcedId='u2' OR user.sourcedId='u3'", inList, new[] { "user.sourcedId@'u1,u2,u3'" }, null);
            yield return Shape("equalities on different fields stay an OR",
                "a='1' OR b='2'", inList, new[] { "a='1' OR b='2'" }, null);
            yield return Shape("a value holding a comma stays an equality",
                "a='x,y' OR a='z' OR a='w'", inList, new[] { "a='x,y' OR a@'z,w'" }, null);
            yield return Shape("long lists are cut into in-lists of MaxInListValues",
                "a='1' OR a='2' OR a='3' OR a='4' OR a='5'", inList with { MaxInListValues = 2 }, new[] { "a@'1,2' OR a@'3,4'", "a='5'" }, null);
            yield return Shape("nested fields other than the listed ones get no in-list",
                "roles.role='teacher' OR roles.role='aide'", inList, new string?[] { null }, "roles.role='teacher' OR roles.role='aide'");
            yield return Shape("without In support the operator text is checked client-side",
                "a@'1,2' AND b='3'", timeback, new[] { "b='3'" }, "a@'1,2'");
        }

        private static TestCaseData Shape(string name, string? filter, FilterCapabilities capabilities, string?[] server, string? residual) =>
            new TestCaseData(filter, capabilities, server, residual).SetArgDisplayNames(name);

        [TestCaseSource(nameof(Shapes))]
        public void Plan_has_the_expected_shape(string? filter, FilterCapabilities capabilities, string?[] server, string? residual)
        {
            QueryPlan plan = QueryPlanner.Plan(filter is null ? null : Filter.Parse(filter), capabilities);
            Assert.Multiple(() =>
            {
                Assert.That(plan.ServerFilters, Is.EqualTo(server));
                Assert.That(plan.Residual?.ToString(), Is.EqualTo(residual));
                Assert.That(plan.NeedsClientWork, Is.EqualTo(residual is not null || server.Length > 1));
            });
        }

        [Test]
        public void Fields_sent_include_what_the_residual_reads_and_the_merge_key()
        {
            QueryPlan residualOnRoles = QueryPlanner.Plan(Filter.Parse("roles.role='teacher' AND status='active'"), FilterCapabilities.Timeback);
            QueryPlan merged = QueryPlanner.Plan(Filter.Parse("role='teacher' OR role='aide' OR role='x'"), TimebackWithoutInList);
            Assert.Multiple(() =>
            {
                Assert.That(residualOnRoles.ResidualFields, Is.EqualTo(new[] { "roles" }));
                Assert.That(residualOnRoles.FieldsTextFor(OneRosterQuery.Empty.Fields("sourcedId", "givenName")), Is.EqualTo("sourcedId,givenName,roles"));
                Assert.That(residualOnRoles.FieldsTextFor(OneRosterQuery.Empty), Is.Null);
                Assert.That(merged.FieldsTextFor(OneRosterQuery.Empty.Fields("givenName")), Is.EqualTo("givenName,sourcedId"));
            });
        }

        [Test]
        public void Plan_needs_capabilities() =>
            Assert.That(() => QueryPlanner.Plan(null, null!), Throws.ArgumentNullException);
    }
}
