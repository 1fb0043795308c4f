using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Query;

namespace OneRoster.Tests.Query
{
    /// <summary>Client-side evaluation on a record's JSON: the rules docs/filtering.md states, one row each.</summary>
    [TestFixture]
    public class FilterMatchTests
    {
        private const string RecordJson = @"{
            ""sourcedId"": ""u1"", ""status"": ""active"", ""enabledUser"": ""true"", ""flag"": true,
            ""givenName"": ""Ann"", ""familyName"": ""O'Brien"",
            ""score"": 87, ""ratio"": 0.5, ""scoreText"": ""87"", ""identifier"": ""0042"", ""code"": ""1e3"",
            ""dateLastModified"": ""2024-05-01T13:45:00.000Z"", ""birthDate"": ""2010-03-04"",
            ""grades"": [""09"", ""10""],
            ""roles"": [
                { ""role"": ""teacher"", ""org"": { ""sourcedId"": ""org-1"" } },
                { ""role"": ""administrator"", ""org"": { ""sourcedId"": ""org-2"" } }
            ],
            ""primaryOrg"": { ""sourcedId"": ""org-1"" },
            ""middleName"": null, ""metadata"": { ""ext:level"": ""5"", ""ext:when"": ""2024-05-01 1:45 PM"", ""ext:at"": ""2024-05-01t15:45+0200"" }, ""emptyList"": []
        }";

        // Read as the library reads provider JSON: date-like strings stay strings.
        private static readonly JObject Record = JsonConvert.DeserializeObject<JObject>(RecordJson, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;

        private static IEnumerable<TestCaseData> Rows()
        {
            // text: ordinal, case-sensitive
            yield return Row("status='active'", true, "equal text");
            yield return Row("status='Active'", false, "equality is case-sensitive");
            yield return Row("status!='active'", false, "not equal on the same text");
            yield return Row("status!='x'", true, "not equal on other text");
            yield return Row("familyName='O''Brien'", true, "doubled quote matches one quote");
            yield return Row("familyName<'P'", true, "ordinal ordering of text");

            // ~ : case-insensitive contains
            yield return Row("givenName~'an'", true, "contains ignores case");
            yield return Row("givenName~'AN'", true, "contains ignores case of the value");
            yield return Row("givenName~'x'", false, "contains without the text");
            yield return Row("score~'8'", true, "contains on a number's text");

            // numbers: compared as numbers when both sides read as numbers
            yield return Row("score>'80'", true, "json number greater");
            yield return Row("score>'100'", false, "json number not greater");
            yield return Row("score='87.0'", true, "numerically equal");
            yield return Row("score<'9'", false, "numeric, not lexical, ordering");
            yield return Row("scoreText<'9'", false, "numeric strings compare as numbers");
            yield return Row("identifier='42'", true, "leading zeros do not matter to numbers");
            yield return Row("ratio<'1'", true, "fractional json number");
            yield return Row("code='1000'", false, "exponent forms stay text");

            // dates: compared as instants; a date is midnight UTC
            yield return Row("dateLastModified>'2024-05-01'", true, "date-time after the date's midnight");
            yield return Row("dateLastModified<'2024-05-01T14:00:00+00:00'", true, "date-time with offset");
            yield return Row("dateLastModified='2024-05-01T13:45:00Z'", true, "same instant written differently");
            yield return Row("dateLastModified='2024-05-01T15:45:00+02:00'", true, "same instant in another offset");
            yield return Row("birthDate<'2010-03-05'", true, "date before date");
            yield return Row("birthDate='2010-03-04'", true, "equal dates");
            yield return Row("birthDate>='2010-03-04T00:00:00Z'", true, "date against its own midnight");
            // the ISO 8601 / RFC 3339 profile only: other text that resembles a date-time is text
            yield return Row("metadata.ext:when='2024-05-01T13:45:00Z'", false, "12-hour clock text is not a date-time");
            yield return Row("metadata.ext:when>'2024-05-01T00:00:00Z'", false, "12-hour clock text compares as text");
            yield return Row("metadata.ext:at='2024-05-01T13:45:00Z'", true, "lower-case t and a +HHmm offset");
            yield return Row("dateLastModified='2024-05-01 13:45:00,000000000z'", true, "space, comma fraction past seven digits, lower-case z");
            yield return Row("dateLastModified='2024-05-01T15:45:00+02'", true, "a +HH offset");

            // booleans: string flags and JSON booleans alike
            yield return Row("enabledUser='true'", true, "string flag");
            yield return Row("flag='true'", true, "json boolean true");
            yield return Row("flag='false'", false, "json boolean is not false");

            // nested and array fields
            yield return Row("primaryOrg.sourcedId='org-1'", true, "dotted field");
            yield return Row("metadata.ext:level='5'", true, "extension key in a nested object");
            yield return Row("roles.role='administrator'", true, "any array element matches");
            yield return Row("roles.role!='teacher'", false, "not equal fails when an element equals");
            yield return Row("roles.role!='aide'", true, "not equal holds when no element equals");
            yield return Row("roles.org.sourcedId='org-2'", true, "path through an array of objects");
            yield return Row("grades='10'", true, "array of scalars");
            yield return Row("grades!='10'", false, "array of scalars holding the value");
            yield return Row("grades!='11'", true, "array of scalars without the value");
            yield return Row("grades>'09'", true, "some element greater");
            yield return Row("roles.role='aide' OR roles.role='teacher'", true, "In over an array");
            yield return Row("roles.role!='aide' AND roles.role!='guardian'", true, "NotIn over an array without them");
            yield return Row("roles.role!='teacher' AND roles.role!='aide'", false, "NotIn over an array holding one");

            // missing, null, empty, object: the predicate is false whatever the operator
            yield return Row("email='x'", false, "missing field, equal");
            yield return Row("email!='x'", false, "missing field, not equal");
            yield return Row("email~''", false, "missing field, contains");
            yield return Row("middleName=''", false, "null is missing, not empty");
            yield return Row("middleName!='x'", false, "null is missing for not equal");
            yield return Row("emptyList='x'", false, "empty array has no value");
            yield return Row("emptyList!='x'", false, "empty array has no value for not equal");
            yield return Row("roles='teacher'", false, "an object is not a value");
            yield return Row("givenName.first='Ann'", false, "a path past a scalar");

            // logic
            yield return Row("status='active' AND score>'90'", false, "and with a false side");
            yield return Row("status='active' OR score>'90'", true, "or with a true side");
            yield return Row("(status='x' OR score>'80') AND roles.role='teacher'", true, "grouped");
        }

        private static TestCaseData Row(string filter, bool expected, string rule) =>
            new TestCaseData(filter, expected).SetArgDisplayNames(rule);

        [TestCaseSource(nameof(Rows))]
        public void Matches_follows_the_documented_rules(string filter, bool expected) =>
            Assert.That(Filter.Parse(filter).Matches(Record), Is.EqualTo(expected));

        [Test]
        public void Dates_parsed_by_json_net_compare_as_instants()
        {
            JObject parsedWithDates = JObject.Parse(@"{ ""d"": ""2024-05-01T13:45:00Z"" }");
            Assert.Multiple(() =>
            {
                Assert.That(parsedWithDates["d"]!.Type, Is.EqualTo(JTokenType.Date));
                Assert.That(Filter.Parse("d>'2024-05-01'").Matches(parsedWithDates), Is.True);
                Assert.That(Filter.Parse("d='2024-05-01T13:45:00Z'").Matches(parsedWithDates), Is.True);
            });
        }

        [Test]
        public void Matches_on_a_non_object_record_is_false_and_null_throws()
        {
            Assert.Multiple(() =>
            {
                Assert.That(Filter.Parse("a='1'").Matches(new JValue("1")), Is.False);
                Assert.That(() => Filter.Parse("a='1'").Matches(null!), Throws.ArgumentNullException);
            });
        }
    }
}
