using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using OneRoster.Query;

namespace OneRoster.Tests.Query
{
    /// <summary>Hostile values stay values: whatever they hold, the predicate structure sent is the one built.</summary>
    [TestFixture]
    public class FilterInjectionTests
    {
        private static readonly string[] HostileValues =
        {
            "x' OR '1'='1",
            "'",
            "''",
            "'''",
            "' OR status!='",
            "a') OR (b='",
            "x' AND role='administrator",
            "x'--",
            "'; DROP TABLE users; --",
            "\\'",
            "\\' OR 1=1 --",
            "%27 OR %271%27=%271",
            "x' OR sourcedId~'",
            "O'Brien",
            "It’s",
            "a' AND (b='c' OR d='e') AND f='",
            "' OR ''='",
            "x'\nOR '1'='1",
            "ab' ~ 'c",
            "' AND 1=1) OR ('",
        };

        private static IEnumerable<TestCaseData> Values() => HostileValues.Select(v => new TestCaseData(v).SetArgDisplayNames(v.Replace("\n", "\\n")));

        [TestCaseSource(nameof(Values))]
        public void Hostile_value_is_one_predicate_with_exactly_that_value(string value)
        {
            foreach (FilterOperator op in Enum.GetValues<FilterOperator>())
            {
                Filter built = Filter.Field("givenName").Compare(op, value);
                Filter parsed = Filter.Parse(built.ToString());
                Assert.That(parsed, Is.InstanceOf<PredicateFilter>(), built.ToString());
                var predicate = (PredicateFilter)parsed;
                Assert.That((predicate.FieldName, predicate.Operator, predicate.Value), Is.EqualTo(("givenName", op, value)));
            }
        }

        [TestCaseSource(nameof(Values))]
        public void Hostile_value_inside_a_compound_filter_keeps_the_compound_structure(string value)
        {
            Filter built = Filter.Field("status").EqualTo("active")
                .And(Filter.Field("familyName").In(value, "Lee"))
                .Or(Filter.Field("givenName").NotEqualTo(value));
            Filter parsed = Filter.Parse(built.ToString());
            Assert.Multiple(() =>
            {
                Assert.That(parsed, Is.EqualTo(built));
                Assert.That(parsed.PredicateCount, Is.EqualTo(4));
            });
        }

        [TestCaseSource(nameof(Values))]
        public void Hostile_value_survives_url_encoding(string value)
        {
            string text = Filter.Field("givenName").EqualTo(value).ToString();
            string query = OneRosterQuery.Empty.Where(Filter.Parse(text)).ToQueryString();
            Assert.Multiple(() =>
            {
                Assert.That(query, Does.StartWith("filter="));
                Assert.That(query, Does.Not.Contain("'").And.Not.Contain("&").And.Not.Contain(" "));
                Assert.That(Uri.UnescapeDataString(query["filter=".Length..]), Is.EqualTo(text));
            });
        }

        [TestCaseSource(nameof(Values))]
        public void Every_plan_sends_hostile_values_only_as_values(string value)
        {
            Filter filter = Filter.AllOf(
                Filter.Field("familyName").In(value, "Smith"),
                Filter.Field("status").EqualTo("active"),
                Filter.Field("givenName").NotEqualTo(value));
            var profiles = new[]
            {
                FilterCapabilities.Standard,
                FilterCapabilities.Timeback,
                FilterCapabilities.Standard with { SupportsDoubledQuoteEscape = false },
                FilterCapabilities.Timeback with { SupportsDoubledQuoteEscape = false, AllowsOr = false },
            };

            foreach (FilterCapabilities capabilities in profiles)
            {
                QueryPlan plan = QueryPlanner.Plan(filter, capabilities);
                foreach (string? server in plan.ServerFilters.Where(s => s is not null))
                {
                    var predicates = new List<PredicateFilter>();
                    Collect(Filter.Parse(server!), predicates);
                    Assert.That(predicates, Is.SubsetOf(Collect(filter)), $"a sent predicate that the user never wrote: {server}");
                    Assert.That(PlanRun.Violation(server, capabilities), Is.Null, server);
                }

                Assert.That(PlanRun.Execute(plan, HostileUsers), Is.EquivalentTo(PlanRun.Direct(filter, HostileUsers)), plan.ToString());
            }
        }

        [Test]
        public void Without_doubled_quote_support_no_value_with_a_quote_is_sent()
        {
            FilterCapabilities capabilities = FilterCapabilities.Standard with { SupportsDoubledQuoteEscape = false };
            foreach (string value in HostileValues.Where(v => v.Contains('\'')))
            {
                QueryPlan plan = QueryPlanner.Plan(Filter.Field("familyName").EqualTo(value).Or(Filter.Field("status").EqualTo("x")), capabilities);
                Assert.That(plan.ServerFilters, Is.EqualTo(new string?[] { null }), value);
                Assert.That(plan.Residual, Is.Not.Null);
            }
        }

        private static readonly IReadOnlyList<Newtonsoft.Json.Linq.JObject> HostileUsers = UserDataSet.Users
            .Select((user, i) =>
            {
                var copy = (Newtonsoft.Json.Linq.JObject)user.DeepClone();
                copy["familyName"] = HostileValues[i % HostileValues.Length];
                copy["givenName"] = HostileValues[(i * 7) % HostileValues.Length];
                return copy;
            })
            .ToList();

        private static List<PredicateFilter> Collect(Filter filter)
        {
            var predicates = new List<PredicateFilter>();
            Collect(filter, predicates);
            return predicates;
        }

        private static void Collect(Filter filter, List<PredicateFilter> into)
        {
            if (filter is PredicateFilter { Operator: FilterOperator.In } inList)
            {
                // An in-list stands for the equalities it joins; each must be one the user wrote.
                foreach (string value in inList.Value.Split(','))
                {
                    into.Add((PredicateFilter)Filter.Field(inList.FieldName).EqualTo(value));
                }

                return;
            }

            if (filter is PredicateFilter predicate)
            {
                into.Add(predicate);
                return;
            }

            foreach (Filter operand in ((LogicalFilter)filter).Operands)
            {
                Collect(operand, into);
            }
        }
    }
}
