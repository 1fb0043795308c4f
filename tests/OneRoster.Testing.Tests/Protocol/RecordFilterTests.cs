using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Testing.Protocol;

namespace OneRoster.Testing.Tests.Protocol
{
    /// <summary>The fake's own filter reader and evaluator, case by case against docs/filtering.md.</summary>
    public class RecordFilterTests
    {
        private static readonly JObject[] Records =
        {
            Record("""
                {"sourcedId":"1","givenName":"Ann","familyName":"O'Brien","identifier":"0042","score":87,"enabledUser":true,
                 "dateLastModified":"2024-05-01T13:45:00Z","grades":["09","10"],"metadata":{"level":{"code":"A"}},
                 "roles":[{"role":"teacher","org":{"sourcedId":"org-1"}},{"role":"administrator","org":{"sourcedId":"org-2"}}]}
                """),
            Record("""
                {"sourcedId":"2","givenName":"ann","familyName":"Smith","identifier":"42","score":59.5,"enabledUser":"false",
                 "dateLastModified":"2024-05-01","grades":[],"email":"","roles":[{"role":"student","org":{"sourcedId":"org-1"}}]}
                """),
            Record("""
                {"sourcedId":"3","givenName":"Zoë","familyName":"x' OR '1'='1","identifier":"1e5","score":"100",
                 "dateLastModified":"2024-05-01T15:45:00+02:00","roles":[],"email":null,"metadata":{"level":"A"}}
                """),
            Record("""
                {"sourcedId":"4","familyName":"Lee AND Jones","identifier":"abc","dateLastModified":"2023-12-31T23:59:59.5Z",
                 "grades":["KG"],"roles":[{"role":"student"},{"role":"aide","org":{"sourcedId":"org-3"}}]}
                """),
        };

        [TestCase("givenName='Ann'", "1", Description = "= is case-sensitive ordinal text")]
        [TestCase("givenName@'Ann,Zoë,nobody'", "1 3", Description = "@ (Timeback's in-list) is = to any of the values")]
        [TestCase("givenName~'AN'", "1 2", Description = "~ is a case-insensitive substring")]
        [TestCase("givenName~'zoË'", "3", Description = "~ ignores case beyond ASCII")]
        [TestCase("givenName!='Ann'", "2 3", Description = "!= needs the field present")]
        [TestCase("familyName='O''Brien'", "1", Description = "a doubled quote is one quote")]
        [TestCase("familyName='x'' OR ''1''=''1'", "3", Description = "syntax inside a quoted value is text")]
        [TestCase("familyName~' and '", "4", Description = "keywords inside a value are text")]
        [TestCase("identifier='42'", "1 2", Description = "numeric text compares as a number")]
        [TestCase("identifier>'41.5'", "1 2 4", Description = "text that is no number compares as text")]
        [TestCase("identifier='1e5'", "3", Description = "an exponent is not a plain number")]
        [TestCase("score>='87'", "1 3", Description = "JSON numbers and numeric strings compare by value")]
        [TestCase("score<'60'", "2", Description = "a fraction compares by value")]
        [TestCase("score='59.50'", "2", Description = "trailing zeros do not matter to numbers")]
        [TestCase("score~'9.'", "2", Description = "~ on a number reads its JSON text")]
        [TestCase("enabledUser='true'", "1", Description = "a JSON boolean reads as true or false")]
        [TestCase("enabledUser='false'", "2", Description = "a string flag is text")]
        [TestCase("dateLastModified='2024-05-01T13:45:00Z'", "1 3", Description = "date-times compare as instants across offsets")]
        [TestCase("dateLastModified>'2024-05-01'", "1 3", Description = "a date is midnight UTC")]
        [TestCase("dateLastModified>='2024-05-01'", "1 2 3", Description = "a date equals the same date")]
        [TestCase("dateLastModified<'2024-01-01T00:00:00.000+00:00'", "4", Description = "fractions and offsets in the value")]
        [TestCase("dateLastModified~'+02'", "3", Description = "~ on a date-time reads the text as sent")]
        [TestCase("roles.role='administrator'", "1", Description = "a dotted path reaches every element of an array")]
        [TestCase("roles.role!='student'", "1", Description = "!= over an array means no element equals")]
        [TestCase("roles.org.sourcedId='org-1'", "1 2", Description = "a path goes through arrays into objects")]
        [TestCase("roles.org.sourcedId!='org-1'", "4", Description = "elements without the field do not count")]
        [TestCase("grades='10'", "1", Description = "an array of scalars holds each")]
        [TestCase("grades!='09'", "4", Description = "an empty array is a missing field")]
        [TestCase("email=''", "2", Description = "an empty string is a value")]
        [TestCase("email!='x'", "2", Description = "JSON null is a missing field")]
        [TestCase("metadata.level='A'", "3", Description = "an object is not a value of the field")]
        [TestCase("metadata.level.code='A'", "1", Description = "nested objects by dots")]
        [TestCase("middleName!='x'", "", Description = "a field no record has matches nothing, != included")]
        [TestCase("roles='teacher'", "", Description = "an array of objects is not a value")]
        [TestCase("givenName='Zoë' OR givenName='Ann' AND score<'50'", "3", Description = "AND binds tighter than OR")]
        [TestCase("(givenName='Zoë' OR givenName='Ann') AND score<'90'", "1", Description = "parentheses group")]
        [TestCase("givenName = 'Ann'  and  score >= 80", "1", Description = "lowercase keywords, spaces and an unquoted number")]
        [TestCase("enabledUser=true", "1", Description = "an unquoted word")]
        [TestCase("((givenName='ann'))", "2", Description = "redundant parentheses")]
        [TestCase("givenName='Ann'AND(familyName~'brien')", "1", Description = "a keyword right after a quote and before a parenthesis")]
        public void Selects_the_records_the_filtering_docs_say(string filter, string expected)
        {
            var parsed = RecordFilter.Parse(filter);
            var selected = Records.Where(parsed.Matches).Select(r => (string)r["sourcedId"]!);
            Assert.That(string.Join(" ", selected), Is.EqualTo(expected));
        }

        [TestCase("5", "v='+5'", true, Description = "a leading plus sign")]
        [TestCase(".5", "v='0.5'", true, Description = "no digit before the point")]
        [TestCase("5.", "v='5'", true, Description = "no digit after the point")]
        [TestCase("-0", "v='0'", true, Description = "minus zero is zero")]
        [TestCase("1000000000000000000000000000000", "v>'9'", true, Description = "beyond decimal's 28 digits still a number")]
        [TestCase("1,000", "v='1000'", false, Description = "digit grouping is text")]
        [TestCase(" 5", "v='5'", false, Description = "surrounding space is text")]
        [TestCase("-", "v<'0'", true, Description = "a lone sign is text, ordinal ('-' before '0')")]
        [TestCase("1.2.3", "v='1.2.3'", true, Description = "two points are text")]
        [TestCase("2024-05-01t13:45:00z", "v='2024-05-01T13:45:00Z'", true, Description = "lowercase t and z")]
        [TestCase("2024-05-01 13:45", "v='2024-05-01T13:45:00Z'", true, Description = "a space for T, no seconds, no offset is UTC")]
        [TestCase("2024-05-01T15:45:00+0200", "v='2024-05-01T13:45:00Z'", true, Description = "offset without a colon")]
        [TestCase("2024-05-01T08:45:00-05", "v='2024-05-01T13:45:00Z'", true, Description = "offset in hours only")]
        [TestCase("2024-05-01T13:45:00.12345678Z", "v='2024-05-01T13:45:00.1234567Z'", true, Description = "digits past the seventh are below an instant")]
        [TestCase("2024-02-30", "v='2024-03-01'", false, Description = "a day the month lacks is text, not rolled over")]
        [TestCase("2024-05-01T24:00:00Z", "v='2024-05-02'", false, Description = "hour 24 is text, not the next midnight")]
        [TestCase("2024-05-01T13:45:00+15:00", "v<'2024-05-01'", false, Description = "an offset beyond 14 hours is text")]
        [TestCase("2024-05-01 1:45 PM", "v='2024-05-01T13:45:00Z'", false, Description = "text that only resembles a date-time is text")]
        public void Reads_one_value_as_a_number_an_instant_or_text(string recorded, string filter, bool expected)
        {
            var record = new JObject { ["v"] = recorded };
            Assert.That(RecordFilter.Parse(filter).Matches(record), Is.EqualTo(expected));
        }

        [TestCase("  ")]
        [TestCase("givenName")]
        [TestCase("givenName=")]
        [TestCase("givenName='x")]
        [TestCase("= 'x'")]
        [TestCase("givenName=='x'")]
        [TestCase("givenName<>'x'")]
        [TestCase("givenName=~'x'")]
        [TestCase("givenName='x' AND")]
        [TestCase("givenName='x' OR OR b='1'")]
        [TestCase("(givenName='x'")]
        [TestCase("givenName='x')")]
        [TestCase("givenName='x' b='y'")]
        [TestCase("givenName='x' ANDb='y'")]
        [TestCase("givenName='x' && b='y'")]
        [TestCase(".a='x'")]
        [TestCase("a.='x'")]
        [TestCase("a..b='x'")]
        [TestCase("given Name='x'")]
        [TestCase("givenName=x y")]
        [TestCase("givenName='a'b'")]
        [TestCase("givenName@")]
        [TestCase("givenName@'a' OR")]
        public void Text_that_is_not_a_filter_is_400_invalid_filter_field(string filter)
        {
            var error = Assert.Throws<ProtocolError>(() => RecordFilter.Parse(filter))!;
            Assert.That((error.StatusCode, error.CodeMinor), Is.EqualTo((400, "invalid_filter_field")));
            Assert.That(error.Message, Does.StartWith($"The filter '{filter}' is not valid: ").And.Contain("(position "));
        }

        [Test]
        public void Parentheses_nest_64_deep_and_no_deeper()
        {
            Assert.That(RecordFilter.Parse(Nested(64)).Matches(Records[0]), Is.True);
            Assert.Throws<ProtocolError>(() => RecordFilter.Parse(Nested(65)));
        }

        [TestCase("a='1'", 1, false)]
        [TestCase("a='1' AND b='2'", 2, false)]
        [TestCase("a='1' OR b='2' OR c='3'", 3, false)]
        [TestCase("(a='1' OR b='2') OR c='3'", 3, false)]
        [TestCase("((a='1' AND b='2'))", 2, false)]
        [TestCase("a='1' AND b='2' OR c='3'", 3, true)]
        [TestCase("(a='1' OR b='2') AND c='3'", 3, true)]
        [TestCase("a='1' OR (b='2' AND (c='3' OR d='4'))", 4, true)]
        public void Counts_predicates_and_sees_AND_mixed_with_OR_for_the_Timeback_limits(string filter, int predicates, bool mixes)
        {
            var parsed = RecordFilter.Parse(filter);
            Assert.That((parsed.PredicateCount, parsed.MixesAndWithOr), Is.EqualTo((predicates, mixes)));
        }

        private static string Nested(int depth) => new string('(', depth) + "givenName='Ann'" + new string(')', depth);

        private static JObject Record(string json) => (JObject)JsonText.Parse(json);
    }
}
