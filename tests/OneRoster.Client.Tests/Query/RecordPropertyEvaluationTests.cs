using System.Linq;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Query;
using OneRoster.Rostering;
using OneRoster.Serialization;

namespace OneRoster.Tests.Query
{
    /// <summary>
    /// Client-side evaluation reads a record's properties, not a JSON tree of it; it must decide exactly as the
    /// record's JSON would (dates through their converters, lists, nested objects, extension fields).
    /// </summary>
    public class RecordPropertyEvaluationTests
    {
        private const string UserJson =
            "{\"sourcedId\":\"u1\",\"status\":\"active\",\"dateLastModified\":\"2024-03-01T10:00:00Z\",\"enabledUser\":\"true\"," +
            "\"givenName\":\"Ann\",\"familyName\":\"O'Brien\",\"roles\":[{\"roleType\":\"primary\",\"role\":\"teacher\",\"org\":{\"sourcedId\":\"org-1\"}}," +
            "{\"roleType\":\"secondary\",\"role\":\"aide\",\"org\":{\"sourcedId\":\"org-2\"}}],\"grades\":[\"09\",\"10\"]," +
            "\"primaryOrg\":{\"sourcedId\":\"org-1\",\"type\":\"org\"},\"ext:house\":\"red\",\"metadata\":{\"score\":7}}";

        [TestCase("givenName='Ann'")]
        [TestCase("familyName='O''Brien'")]
        [TestCase("dateLastModified>'2024-02-01'")]
        [TestCase("dateLastModified<='2024-03-01T10:00:00Z'")]
        [TestCase("dateLastModified>'2024-03-02'")]
        [TestCase("roles.role='aide'")]
        [TestCase("roles.role!='teacher'")]
        [TestCase("roles.org.sourcedId='org-2'")]
        [TestCase("primaryOrg.sourcedId='org-1'")]
        [TestCase("grades='10'")]
        [TestCase("grades>'09'")]
        [TestCase("enabledUser='true'")]
        [TestCase("ext:house='red'")]
        [TestCase("metadata.score>5")]
        [TestCase("userMasterIdentifier='x'")]
        [TestCase("userMasterIdentifier!='x'")]
        [TestCase("givenName~'AN' AND status='active' OR roles.role='nobody'")]
        public void A_record_is_judged_as_its_json_is(string text)
        {
            var user = JObject.Parse(UserJson).ToObject<User>(OneRosterJson.Shared)!;
            var filter = Filter.Parse(text);
            var asJson = filter.Matches(JToken.FromObject(user, OneRosterJson.Shared));

            Assert.That(filter.Matches(user), Is.EqualTo(asJson));
        }

        [Test]
        public void The_cases_cover_both_answers()
        {
            var user = JObject.Parse(UserJson).ToObject<User>(OneRosterJson.Shared)!;
            var answers = new[] { "givenName='Ann'", "givenName='Bob'" }.Select(t => Filter.Parse(t).Matches(user));
            Assert.That(answers, Is.EqualTo(new[] { true, false }));
        }
    }
}
