using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OneRoster.Query;

namespace OneRoster.Tests.Integration
{
    /// <summary>A generated filter over one collection of <see cref="OracleDistrict"/>.</summary>
    public sealed record OracleCase(string Collection, Filter Filter)
    {
        public override string ToString() => $"{Collection}: {Filter}";
    }

    /// <summary>Filter text as people and other clients type it, valid or not, for the users of <see cref="OracleDistrict"/>.</summary>
    public sealed record RawFilterText(string Text)
    {
        public override string ToString() => Text;
    }

    /// <summary>
    /// Filters over <see cref="OracleDistrict"/>: every operator, AND and OR nested (so the text needs
    /// parentheses), values that hit, miss by case or by a digit, numbers, dates and date-times, empty strings,
    /// quotes and filter syntax inside values, dotted fields through arrays and objects, and fields no record has.
    /// </summary>
    public static class OracleFilterArbitraries
    {
        private static readonly (string Field, string[] Values)[] UserFields =
        {
            ("sourcedId", new[] { "u01", "u05", "u10", "u1" }),
            ("status", new[] { "active", "tobedeleted", "Active" }),
            ("givenName", new[] { "Ann", "ann", "ANN", "an", "Zoë", "ZOË", "O'Brien", "", "Ben" }),
            ("familyName", new[] { "O'Brien", "o'brien", "Smith", "smith", "x' OR '1'='1", "Lee AND Jones", "D'Angelo", "", "'", "Müller" }),
            ("middleName", new[] { "", "Q" }),
            ("pronouns", new[] { "they" }),
            ("identifier", new[] { "0042", "42", "7", "100", "1e5", "100000", "-3.5", "0", "9", "12", "abc", "" }),
            ("email", new[] { "@school.edu", "district", "SCHOOL", "", "o'brien", "ann@school.edu" }),
            ("enabledUser", new[] { "true", "false", "TRUE", "t" }),
            ("dateLastModified", new[]
            {
                "2024-05-01", "2024-05-01T13:45:00Z", "2024-05-01T13:45:00.511Z", "2024-05-01T11:45:00Z", "2024-05-01T15:45:00+02:00",
                "2024-05-01T13:45:00", "2023-12-31T23:59:59Z", "2025-01-01", "2024-05", ".511Z", "+02:00", "T",
            }),
            ("roles.role", new[] { "student", "teacher", "aide", "administrator", "ext:tutor", "Student", "guardian" }),
            ("roles.roleType", new[] { "primary", "secondary" }),
            ("roles.org.sourcedId", new[] { "org-1", "org-2", "org-5", "org-9" }),
            ("primaryOrg.sourcedId", new[] { "org-1", "org-2" }),
            ("grades", new[] { "09", "9", "10", "KG", "kg", "11", "12", "" }),
            ("metadata.ext:score", new[] { "87", "87.0", "59.5", "80", "0042", "42", "100", "7", "-1", "", "87.25", "9", "5" }),
            ("metadata.ext:enrolledOn", new[] { "2024-03-01", "2024-03-01T10:00:00Z", "2024-02-29T17:00:00Z", "not a date", "2024-09" }),
            ("metadata.ext:level", new[] { "A" }),
            ("metadata.ext:level.code", new[] { "A", "a" }),
            ("metadata.ext:tags", new[] { "x", "y", "z" }),
            ("metadata.ext:missing", new[] { "", "x" }),
        };

        private static readonly (string Field, string[] Values)[] ResultFields =
        {
            ("sourcedId", new[] { "r01", "r05" }),
            ("status", new[] { "active", "tobedeleted" }),
            ("score", new[] { "87", "87.0", "87.5", "59.5", "100", "0", "-2", "92.25", "9", "8", "abc", "" }),
            ("scoreDate", new[] { "2024-05-01", "2024-05-01T00:00:00Z", "2024-04-30", "2025-01-10", "2024-05" }),
            ("scoreStatus", new[] { "fully graded", "exempt", "graded", "FULLY" }),
            ("textScore", new[] { "A-", "B+", "A", "a", "" }),
            ("comment", new[] { "O'Brien's best", "'", "x' OR '1'='1", "", "late", "LATE" }),
            ("student.sourcedId", new[] { "u01", "u02" }),
            ("lineItem.sourcedId", new[] { "li-1" }),
        };

        /// <summary>Pieces of filter syntax, so a value that needs escaping is never read as syntax.</summary>
        private static readonly string[] Fragments = { "a", "B", "'", "''", " ", "(", ")", " AND ", " OR ", "=", "!=", "~", "é", "\\", "%27", "1" };

        private static readonly FilterOperator[] Operators = Enum.GetValues<FilterOperator>();

        public static Arbitrary<OracleCase> Case() =>
            Gen.Frequency(
                    (3, Tree(UserFields, 3).Select(f => new OracleCase(Testing.FakeCollections.Users, f))),
                    (1, Tree(ResultFields, 2).Select(f => new OracleCase(Testing.FakeCollections.Results, f))))
                .ToArbitrary();

        /// <summary>
        /// Text around the canonical form: keywords in any case, spacing and tabs, redundant or unbalanced
        /// parentheses, unquoted values, and, now and then, a broken field, operator, quote or connective.
        /// </summary>
        public static Arbitrary<RawFilterText> Raw() => RawTree(2).Select(text => new RawFilterText(text)).ToArbitrary();

        private static Gen<string> RawComparison() =>
            from entry in Gen.Elements(UserFields)
            from field in Gen.Frequency((12, Gen.Constant(entry.Field)), (1, Gen.Elements("", ".a", "a.", "a..b", "given Name", "a'b", "AND", "or")))
            from before in Gen.Elements("", "", " ", "\t")
            from op in Gen.Frequency((12, Gen.Elements("=", "!=", ">", ">=", "<", "<=", "~")), (1, Gen.Elements("==", "<>", "=~", "!", "", "=>")))
            from after in Gen.Elements("", "", " ", "  ")
            from word in Gen.Elements(entry.Values)
            from value in Gen.Frequency(
                (10, Gen.Constant("'" + word.Replace("'", "''") + "'")),
                (2, Gen.Elements("90", "true", "42", "2024-05-01", "ext:tutor", "a_b", "-3.5", "Ann")),
                (1, Gen.Elements("'unclosed", "'a'b'", "", "a b", "'it''s'", "''", "'" + word + "'")))
            select field + before + op + after + value;

        private static Gen<string> RawTree(int depth)
        {
            if (depth == 0)
            {
                return RawComparison();
            }
            var joined =
                from left in RawTree(depth - 1)
                from keyword in Gen.Frequency(
                    (12, Gen.Elements(" AND ", " OR ", " and ", " or ", " And ", "\tOR\t", "  AND  ")),
                    (1, Gen.Elements("AND", " ANDx ", " && ", " OR", "", " AND AND ")))
                from right in RawTree(depth - 1)
                select left + keyword + right;
            var grouped =
                from inner in RawTree(depth - 1)
                from shape in Gen.Frequency((6, Gen.Constant("({0})")), (2, Gen.Constant("(( {0} ))")), (1, Gen.Elements("({0}", "{0})", ")({0}")))
                select string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, inner);
            return Gen.Frequency((3, RawComparison()), (3, joined), (1, grouped));
        }

        private static Gen<Filter> Comparison((string Field, string[] Values)[] fields) =>
            from entry in Gen.Elements(fields)
            from op in Gen.Elements(Operators)
            from value in Gen.Frequency(
                (8, Gen.Elements(entry.Values)),
                (1, Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts))))
            select Filter.Field(entry.Field).Compare(op, value);

        private static Gen<Filter> Tree((string Field, string[] Values)[] fields, int depth)
        {
            if (depth == 0)
            {
                return Comparison(fields);
            }
            var joined =
                from count in Gen.Choose(2, 3)
                from operands in Gen.ListOf(Tree(fields, depth - 1), count)
                from any in Gen.Elements(true, false)
                select any ? Filter.AnyOf(operands) : Filter.AllOf(operands);
            return Gen.Frequency((3, Comparison(fields)), (2, joined));
        }
    }
}
