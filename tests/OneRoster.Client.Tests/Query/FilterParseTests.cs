using System;
using System.Collections.Generic;
using NUnit.Framework;
using OneRoster.Query;

namespace OneRoster.Tests.Query
{
    [TestFixture]
    public class FilterParseTests
    {
        private static readonly Filter A = Filter.Field("a").EqualTo("1");
        private static readonly Filter B = Filter.Field("b").EqualTo("2");
        private static readonly Filter C = Filter.Field("c").EqualTo("3");

        private static IEnumerable<TestCaseData> LenientForms()
        {
            yield return new TestCaseData("a='1' and b='2'", A.And(B)).SetArgDisplayNames("lower-case and");
            yield return new TestCaseData("a='1' Or b='2'", A.Or(B)).SetArgDisplayNames("mixed-case or");
            yield return new TestCaseData("  a = '1'   AND\tb= '2' ", A.And(B)).SetArgDisplayNames("spaces and tabs around tokens");
            yield return new TestCaseData("score>=90", Filter.Field("score").GreaterThanOrEqual(90)).SetArgDisplayNames("unquoted number");
            yield return new TestCaseData("enabledUser=true", Filter.Field("enabledUser").EqualTo(true)).SetArgDisplayNames("unquoted boolean");
            yield return new TestCaseData("d>2024-01-01T00:00:00Z", Filter.Field("d").GreaterThan("2024-01-01T00:00:00Z")).SetArgDisplayNames("unquoted date-time");
            yield return new TestCaseData("(a='1')", A).SetArgDisplayNames("redundant parentheses");
            yield return new TestCaseData("user.sourcedId@'u1,u2'", Filter.Field("user.sourcedId").Compare(FilterOperator.In, "u1,u2")).SetArgDisplayNames("in-list");
            yield return new TestCaseData("user.sourcedId @ 'u1,u2'", Filter.Field("user.sourcedId").Compare("@", "u1,u2")).SetArgDisplayNames("in-list with spaces");
            yield return new TestCaseData("metadata.@type='x'", Filter.Field("metadata.@type").EqualTo("x")).SetArgDisplayNames("@ inside a field name");
            yield return new TestCaseData("((a='1' AND b='2'))", A.And(B)).SetArgDisplayNames("double parentheses");
            yield return new TestCaseData("a='1' AND (b='2' AND c='3')", Filter.AllOf(A, B, C)).SetArgDisplayNames("same-operator group flattens");
            yield return new TestCaseData("(a='1' OR b='2') OR c='3'", Filter.AnyOf(A, B, C)).SetArgDisplayNames("or group flattens");
            yield return new TestCaseData("a='1' OR b='2' AND c='3'", A.Or(B.And(C))).SetArgDisplayNames("AND binds tighter on the right");
            yield return new TestCaseData("a='1' AND b='2' OR c='3'", A.And(B).Or(C)).SetArgDisplayNames("AND binds tighter on the left");
            yield return new TestCaseData("(a='1' OR b='2') AND c='3'", A.Or(B).And(C)).SetArgDisplayNames("parentheses override precedence");
            yield return new TestCaseData("a='1'AND(b='2')", A.And(B)).SetArgDisplayNames("keyword between quote and parenthesis");
            yield return new TestCaseData("name='O''Brien'", Filter.Field("name").EqualTo("O'Brien")).SetArgDisplayNames("doubled quote read back");
            yield return new TestCaseData("name=''''", Filter.Field("name").EqualTo("'")).SetArgDisplayNames("value that is one quote");
            yield return new TestCaseData("name=''", Filter.Field("name").EqualTo("")).SetArgDisplayNames("empty value");
            yield return new TestCaseData("AND='x'", Filter.Field("AND").EqualTo("x")).SetArgDisplayNames("keyword spelled field name");
        }

        [TestCaseSource(nameof(LenientForms))]
        public void Parse_reads_the_forms_people_and_providers_write(string text, Filter expected) =>
            Assert.That(Filter.Parse(text), Is.EqualTo(expected));

        private static IEnumerable<TestCaseData> Errors()
        {
            yield return new TestCaseData("", 0, "empty");
            yield return new TestCaseData("   ", 0, "empty");
            yield return new TestCaseData("status", 6, "Expected a comparison operator");
            yield return new TestCaseData("status 'active'", 7, "Expected a comparison operator");
            yield return new TestCaseData("status<>'active'", 6, "Unknown operator '<>'");
            yield return new TestCaseData("status=='active'", 6, "Unknown operator '=='");
            yield return new TestCaseData("a~~'x'", 1, "Unknown operator '~~'");
            yield return new TestCaseData("status='active", 7, "never closed");
            yield return new TestCaseData("a='x'' OR ''1''=''1", 2, "never closed");
            yield return new TestCaseData("status=", 7, "Expected a value");
            yield return new TestCaseData("a=@", 2, "Expected a value");
            yield return new TestCaseData("status='active' role='teacher'", 16, "Expected AND or OR");
            yield return new TestCaseData("a='1' ANDb='2'", 6, "Expected AND or OR");
            yield return new TestCaseData("status='active' AND", 19, "Expected a predicate");
            yield return new TestCaseData("a='1' OR", 8, "Expected a predicate");
            yield return new TestCaseData("(status='active'", 16, "Expected ')' to close the '(' at position 0");
            yield return new TestCaseData("status='active')", 15, "no matching '('");
            yield return new TestCaseData("='active'", 0, "Expected a field name");
            yield return new TestCaseData("a='1' AND ='2'", 10, "Expected a field name");
            yield return new TestCaseData("org..id='x'", 0, "not a field name");
            yield return new TestCaseData("a='1' AND OR b='2'", 13, "after 'OR'");
            yield return new TestCaseData(new string('(', 65) + "a='1'" + new string(')', 65), 64, "nest deeper");
        }

        [TestCaseSource(nameof(Errors))]
        public void Parse_errors_point_at_the_position(string text, int position, string reason)
        {
            var error = Assert.Throws<FilterParseException>(() => Filter.Parse(text))!;
            Assert.Multiple(() =>
            {
                Assert.That(error.Position, Is.EqualTo(position));
                Assert.That(error.Reason, Does.Contain(reason));
                Assert.That(error.Message, Does.Contain($"(position {position})"));
                Assert.That(error.FilterText, Is.EqualTo(text));
            });
        }

        [TestCase("u2", true)]
        [TestCase("u1", true)]
        [TestCase("u3", false)]
        [TestCase("u1,u2", false)]
        public void An_in_list_matches_a_record_whose_field_equals_one_of_its_values(string userId, bool matches) =>
            Assert.That(Filter.Parse("user.sourcedId@'u1,u2'").Matches(new Newtonsoft.Json.Linq.JObject { ["user"] = new Newtonsoft.Json.Linq.JObject { ["sourcedId"] = userId } }), Is.EqualTo(matches));

        [Test]
        public void Parse_error_message_quotes_the_text_with_a_caret_under_the_position()
        {
            var error = Assert.Throws<FilterParseException>(() => Filter.Parse("status<>'active'"))!;
            string[] lines = error.Message.Split(Environment.NewLine);
            Assert.Multiple(() =>
            {
                Assert.That(lines[0], Is.EqualTo("Unknown operator '<>'; expected one of =, !=, >, >=, <, <=, ~, @ (position 6)."));
                Assert.That(lines[1], Is.EqualTo("  status<>'active'"));
                Assert.That(lines[2], Is.EqualTo("        ^"));
            });
        }

        [Test]
        public void Parse_error_in_a_long_filter_keeps_the_caret_on_the_excerpt()
        {
            string text = string.Join(" AND ", new[] { "a='1'", "b='2'", "c='3'", "d='4'", "e='5'", "f='6'", "g='7'", "h='8'", "i='9'" }) + " AND j=";
            var error = Assert.Throws<FilterParseException>(() => Filter.Parse(text))!;
            string[] lines = error.Message.Split(Environment.NewLine);
            int caret = lines[2].IndexOf('^');
            Assert.Multiple(() =>
            {
                Assert.That(error.Position, Is.EqualTo(text.Length));
                Assert.That(lines[1], Does.StartWith("  ..."));
                Assert.That(lines[1][caret - 1], Is.EqualTo('='), "the caret sits just after the '=' that lacks a value");
            });
        }

        [Test]
        public void Parse_error_is_a_format_exception_and_try_parse_answers_false()
        {
            Assert.Multiple(() =>
            {
                Assert.That(() => Filter.Parse("nope"), Throws.InstanceOf<FormatException>());
                Assert.That(Filter.TryParse("nope", out Filter? bad), Is.False);
                Assert.That(bad, Is.Null);
                Assert.That(Filter.TryParse(null, out _), Is.False);
                Assert.That(Filter.TryParse("a='1'", out Filter? good), Is.True);
                Assert.That(good, Is.EqualTo(A));
                Assert.That(() => Filter.Parse(null!), Throws.ArgumentNullException);
            });
        }

        [Test]
        public void Parsed_filter_writes_canonical_text()
        {
            Assert.That(Filter.Parse("  (a = '1')   or  b='2' and (c='3')").ToString(), Is.EqualTo("a='1' OR b='2' AND c='3'"));
        }
    }
}
