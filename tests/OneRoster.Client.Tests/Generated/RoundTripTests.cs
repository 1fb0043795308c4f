using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Models;
using OneRoster.Serialization;
using Gradebook = OneRoster.Gradebook;
using Resources = OneRoster.Resources;
using Rostering = OneRoster.Rostering;

namespace OneRoster.Tests.Generated
{
    /// <summary>
    /// A realistic payload per entity, with provider extensions (unknown fields at every level,
    /// <c>ext:</c> vocabulary values), survives deserialize + serialize with nothing lost or changed.
    /// </summary>
    [TestFixture]
    public class RoundTripTests
    {
        private static readonly JsonLoadSettings LoadSettings = new() { LineInfoHandling = LineInfoHandling.Ignore };

        public static IEnumerable<TestCaseData> Payloads()
        {
            yield return Case("user.json", typeof(Rostering.SingleUser));
            yield return Case("org.json", typeof(Rostering.SingleOrg));
            yield return Case("orgs-ext-type.json", typeof(Rostering.OrgSet));
            yield return Case("class.json", typeof(Rostering.SingleClass));
            yield return Case("course.json", typeof(Rostering.SingleCourse));
            yield return Case("enrollment.json", typeof(Rostering.SingleEnrollment));
            yield return Case("academic-session.json", typeof(Rostering.SingleAcademicSession));
            yield return Case("demographics.json", typeof(Rostering.SingleDemographics));
            yield return Case("course-component.json", typeof(Rostering.SingleCourseComponent));
            yield return Case("component-resource.json", typeof(Rostering.SingleComponentResource));
            yield return Case("line-item.json", typeof(Gradebook.SingleLineItem));
            yield return Case("result.json", typeof(Gradebook.SingleResult));
            yield return Case("category.json", typeof(Gradebook.SingleCategory));
            yield return Case("score-scale.json", typeof(Gradebook.SingleScoreScale));
            yield return Case("assessment-line-item.json", typeof(Gradebook.SingleAssessmentLineItem));
            yield return Case("assessment-result.json", typeof(Gradebook.SingleAssessmentResult));
            yield return Case("resource.json", typeof(Resources.SingleResource));
        }

        [TestCaseSource(nameof(Payloads))]
        public void Payload_round_trips_without_losing_or_changing_anything(string file, Type envelope)
        {
            var original = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Generated", "Payloads", file));
            var serializer = OneRosterJson.CreateSerializer();

            object? dto;
            using (var reader = new JsonTextReader(new StringReader(original)))
            {
                dto = serializer.Deserialize(reader, envelope);
            }
            var writer = new StringWriter();
            serializer.Serialize(writer, dto);

            var expected = Parse(original);
            var actual = Parse(writer.ToString());
            Assert.That(JToken.DeepEquals(expected, actual), Is.True,
                $"Round trip changed the payload.\nExpected: {expected.ToString(Formatting.None)}\nActual:   {actual.ToString(Formatting.None)}");
        }

        [Test]
        public void Known_properties_land_on_typed_members_and_extensions_in_additional_properties()
        {
            var user = Deserialize<Rostering.SingleUser>("user.json").User!;

            Assert.Multiple(() =>
            {
                Assert.That(user.FamilyName, Is.EqualTo("O'Brien"));
                Assert.That(user.DateLastModified, Is.EqualTo(new DateTimeOffset(2025, 8, 14, 9, 30, 12, 345, TimeSpan.Zero)));
                Assert.That(user.DateLastModified!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
                Assert.That(user.Roles![1].Role == UserRole.Student, Is.False);
                Assert.That(user.Roles[1].Role, Is.EqualTo("ext:tutor"));
                Assert.That(user.Roles[0].Role == UserRole.Student, Is.True);
                Assert.That(user.Roles[0].BeginDate, Is.EqualTo(new DateOnly(2024, 8, 20)));
                Assert.That(user.Roles[1].AdditionalProperties["ext:weird"], Is.EqualTo(1L));
                Assert.That(user.AdditionalProperties["ext:nickname"], Is.EqualTo("Mae"));
                Assert.That(user.Metadata!["ext:enrolledOn"], Is.EqualTo("2019-08-20"), "metadata dates stay text");
                Assert.That(user.EnabledUser, Is.EqualTo("true"));
            });
        }

        private static T Deserialize<T>(string file)
        {
            var text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Generated", "Payloads", file));
            using var reader = new JsonTextReader(new StringReader(text));
            return OneRosterJson.CreateSerializer().Deserialize<T>(reader)!;
        }

        private static JToken Parse(string json)
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
            var token = JToken.ReadFrom(reader, LoadSettings);
            // A number is compared by value: a float property writes 3 back as 3.0, which is the same number.
            foreach (var number in ((JContainer)token).Descendants().OfType<JValue>().Where(v => v.Type is JTokenType.Integer or JTokenType.Float).ToList())
            {
                number.Replace(new JValue(Convert.ToDecimal(number.Value, System.Globalization.CultureInfo.InvariantCulture)));
            }
            return token;
        }

        private static TestCaseData Case(string file, Type envelope) =>
            new TestCaseData(file, envelope).SetName($"Round trip {file}");
    }
}
