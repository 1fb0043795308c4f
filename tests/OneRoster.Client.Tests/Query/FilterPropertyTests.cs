using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using OneRoster.Query;

namespace OneRoster.Tests.Query
{
    /// <summary>Properties over generated filters and provider profiles, beyond the hand-written tables.</summary>
    /// <remarks>FsCheck's Property attribute supplies the arguments, which the NUnit analyzer cannot see.</remarks>
#pragma warning disable NUnit1027
    public class FilterPropertyTests
    {
        [Property(MaxTest = 500, Arbitrary = new[] { typeof(QueryArbitraries) })]
        public bool Parse_of_the_text_is_the_same_filter(Filter filter)
        {
            Filter parsed = Filter.Parse(filter.ToString());
            return parsed.Equals(filter) && parsed.GetHashCode() == filter.GetHashCode() && parsed.ToString() == filter.ToString();
        }

        [Property(MaxTest = 300, Arbitrary = new[] { typeof(QueryArbitraries) })]
        public Property Timeback_plans_yield_exactly_the_filters_records_within_timebacks_limits(Filter filter) =>
            Every_plan_yields_exactly_the_filters_records_within_the_providers_limits(new PlannerCase(filter, FilterCapabilities.Timeback));

        [Property(MaxTest = 500, Arbitrary = new[] { typeof(QueryArbitraries) })]
        public Property Every_plan_yields_exactly_the_filters_records_within_the_providers_limits(PlannerCase c)
        {
            QueryPlan plan = QueryPlanner.Plan(c.Filter, c.Capabilities);
            List<string> expected = PlanRun.Direct(c.Filter, UserDataSet.Users);
            List<string> streamed = PlanRun.Execute(plan, UserDataSet.Users);
            string? violation = plan.ServerFilters.Select(s => PlanRun.Violation(s, c.Capabilities)).FirstOrDefault(v => v is not null);

            return (streamed.Count == expected.Count && !streamed.Except(expected).Any())
                .Label($"records: plan {plan}")
                .And(violation is null).Label($"provider would reject: {violation}")
                .And(plan.ServerFilters.Count <= c.Capabilities.MaxServerFilters).Label("too many requests")
                .Classify(expected.Count == 0, "selects nothing")
                .Classify(plan.Residual is not null, "client-side residual")
                .Classify(plan.ServerFilters.Count > 1, "merged requests");
        }
    }

#pragma warning restore NUnit1027

    /// <summary>A filter with the profile of the provider it is planned for.</summary>
    public sealed record PlannerCase(Filter Filter, FilterCapabilities Capabilities)
    {
        public override string ToString() => $"{Filter} | {Capabilities}";
    }

    public static class QueryArbitraries
    {
        // Fields with values that occur in the data set, so generated filters select something.
        private static readonly (string Field, string[] Values)[] Vocabulary =
        {
            ("status", new[] { "active", "tobedeleted" }),
            ("givenName", new[] { "Ann", "Ben", "Zoë", "Mia" }),
            ("familyName", new[] { "Smith", "Lee", "O'Brien", "x' OR '1'='1", "Smith AND Jones", "D'Angelo" }),
            ("grades", new[] { "09", "10", "11", "12" }),
            ("roles.role", new[] { "teacher", "student", "aide", "administrator", "ext:tutor" }),
            ("roles.org.sourcedId", new[] { "org-1", "org-2", "org-5" }),
            ("enabledUser", new[] { "true", "false" }),
            ("dateLastModified", new[] { "2024-03-01", "2024-06-01T12:00:00Z", "2024-10-15" }),
            ("metadata.ext:score", new[] { "50", "59.5", "80", "95" }),
            ("email", new[] { "@school", "district", "ann" }),
            ("identifier", new[] { "300", "500", "750" }),
            ("sourcedId", new[] { "user-0010", "user-0100", "user-0150" }),
        };

        private static readonly string[] Fragments = { "a", "B", "'", "''", " ", "(", ")", " AND ", " OR ", "=", "!=", "~", "é", "\\", "%27", "\t" };

        public static Arbitrary<Filter> Filter() => Tree(4).ToArbitrary();

        public static Arbitrary<PlannerCase> PlannerCase() =>
            (from filter in Tree(4)
             from capabilities in Capabilities()
             select new PlannerCase(filter, capabilities)).ToArbitrary();

        private static Gen<string> Hostile() =>
            Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts));

        private static Gen<Filter> Predicate() =>
            from entry in Gen.Elements(Vocabulary)
            from op in Gen.Frequency(
                (6, Gen.Constant(FilterOperator.Equal)),
                (2, Gen.Constant(FilterOperator.NotEqual)),
                (1, Gen.Constant(FilterOperator.Contains)),
                (3, Gen.Elements(FilterOperator.GreaterThan, FilterOperator.GreaterThanOrEqual, FilterOperator.LessThan, FilterOperator.LessThanOrEqual)))
            from value in Gen.Frequency((9, Gen.Elements(entry.Values)), (1, Hostile()))
            select OneRoster.Query.Filter.Field(entry.Field).Compare(op, value);

        private static Gen<Filter> Tree(int depth)
        {
            if (depth == 0)
            {
                return Predicate();
            }

            Gen<Filter> children =
                from count in Gen.Choose(2, 3)
                from operands in Gen.ListOf(Tree(depth - 1), count)
                from or in Gen.Elements(true, true, false)
                select or ? OneRoster.Query.Filter.AnyOf(operands) : OneRoster.Query.Filter.AllOf(operands);
            return Gen.Frequency((3, Predicate()), (2, children));
        }

        private static Gen<FilterCapabilities> Capabilities() =>
            from max in Gen.Elements<int?>(null, 1, 2, 2, 3, 5)
            from flags in Gen.ListOf(Gen.Elements(true, true, false), 6)
            from operators in Gen.Frequency(
                (1, Gen.Constant<IList<FilterOperator>>(Enum.GetValues<FilterOperator>())),
                (1, Gen.SubListOf(Enum.GetValues<FilterOperator>()).Select(list => (IList<FilterOperator>)list.ToList())))
            from requests in Gen.Choose(1, 20)
            select new FilterCapabilities
            {
                MaxPredicates = max,
                AllowsOr = flags[0],
                AllowsMixedAndOr = flags[1],
                SupportsGrouping = flags[2],
                SupportsContains = flags[3],
                SupportsDoubledQuoteEscape = flags[4],
                SupportsNestedFields = flags[5],
                SupportedOperators = new HashSet<FilterOperator>(operators),
                MaxServerFilters = requests,
            };
    }
}
