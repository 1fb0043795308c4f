using System;
using System.IO;
using Newtonsoft.Json;
using NUnit.Framework;
using OneRoster.Serialization;
using Gradebook = OneRoster.Gradebook;
using Rostering = OneRoster.Rostering;

namespace OneRoster.Tests.Serialization
{
    /// <summary>The provider behaviours (docs/reliability.md) that concern the shape of JSON values.</summary>
    [TestFixture]
    public class TolerantReadingTests
    {
        [TestCase("true", "true")]
        [TestCase("false", "false")]
        [TestCase("\"true\"", "true")]
        [TestCase("\"false\"", "false")]
        public void String_flag_accepts_json_booleans_and_strings(string wire, string expected)
        {
            var user = Read<Rostering.SingleUser>("{\"user\":{\"enabledUser\":" + wire + "}}").User!;
            Assert.That(user.EnabledUser, Is.EqualTo(expected));
        }

        [Test]
        public void Enrollment_primary_sent_as_boolean_reads_as_the_spec_token()
        {
            var enrollment = Read<Rostering.SingleEnrollment>("{\"enrollment\":{\"primary\":true}}").Enrollment!;
            Assert.That(enrollment.Primary, Is.EqualTo("true"));
        }

        [Test]
        public void Date_only_where_a_date_time_is_declared_reads_as_midnight_utc()
        {
            var user = Read<Rostering.SingleUser>("{\"user\":{\"dateLastModified\":\"2025-01-02\"}}").User!;
            Assert.That(user.DateLastModified, Is.EqualTo(new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        }

        [TestCase("2009-04-30T00:00:00-05:00")]
        [TestCase("2009-04-30T23:30:00+14:00")]
        [TestCase("2009-04-30T00:00:00.000Z")]
        [TestCase("2009-04-30")]
        public void Date_time_where_a_date_is_declared_keeps_the_calendar_date_as_written(string wire)
        {
            var demographics = Read<Rostering.SingleDemographics>("{\"demographics\":{\"birthDate\":\"" + wire + "\"}}").Demographics!;
            Assert.That(demographics.BirthDate, Is.EqualTo(new DateOnly(2009, 4, 30)));
        }

        [Test]
        public void Date_time_keeps_the_offset_the_provider_wrote()
        {
            var user = Read<Rostering.SingleUser>("{\"user\":{\"dateLastModified\":\"2025-02-17T23:59:00-05:00\"}}").User!;
            Assert.That(user.DateLastModified!.Value.Offset, Is.EqualTo(TimeSpan.FromHours(-5)));
            Assert.That(Write(user), Does.Contain("\"2025-02-17T23:59:00-05:00\""));
        }

        [Test]
        public void Unparseable_date_fails_with_the_json_path_in_the_message()
        {
            var ex = Assert.Throws<JsonSerializationException>(() => Read<Rostering.SingleUser>("{\"user\":{\"dateLastModified\":\"yesterday\"}}"));
            Assert.That(ex!.Message, Does.Contain("user.dateLastModified").And.Contain("yesterday"));
        }

        [Test]
        public void Source_id_pairs_sent_as_a_single_object_read_as_a_one_item_list()
        {
            var set = Read<Rostering.GuidPairSet>("{\"sourcedIdPairs\":{\"suppliedSourcedId\":\"tmp-1\",\"allocatedSourcedId\":\"u-9\"}}");
            Assert.That(set.SourcedIdPairs, Has.Count.EqualTo(1));
            Assert.That(set.SourcedIdPairs![0].AllocatedSourcedId, Is.EqualTo("u-9"));
        }

        [Test]
        public void Source_id_pairs_sent_as_the_standard_array_read_in_order()
        {
            var set = Read<Rostering.GuidPairSet>("{\"sourcedIdPairs\":[{\"suppliedSourcedId\":\"a\",\"allocatedSourcedId\":\"1\"},{\"suppliedSourcedId\":\"b\",\"allocatedSourcedId\":\"2\"}]}");
            Assert.That(set.SourcedIdPairs, Has.Count.EqualTo(2));
            Assert.That(set.SourcedIdPairs![1].SuppliedSourcedId, Is.EqualTo("b"));
        }

        [Test]
        public void Numbers_sent_as_strings_read_into_numeric_properties()
        {
            var result = Read<Gradebook.SingleResult>("{\"result\":{\"score\":\"87.5\"}}").Result!;
            Assert.That(result.Score, Is.EqualTo(87.5f));
        }

        [Test]
        public void Null_where_an_array_is_expected_reads_as_null_not_an_error()
        {
            var user = Read<Rostering.SingleUser>("{\"user\":{\"roles\":null,\"grades\":null}}").User!;
            Assert.That(user.Roles, Is.Null);
        }

        [Test]
        public void Unknown_fields_at_every_level_are_kept()
        {
            var set = Read<Rostering.UserSet>("{\"users\":[{\"sourcedId\":\"u\",\"x\":{\"y\":[1]}}],\"pageInfo\":{\"next\":2}}");
            Assert.That(set.AdditionalProperties, Does.ContainKey("pageInfo"));
            Assert.That(set.Users![0].AdditionalProperties, Does.ContainKey("x"));
        }

        private static T Read<T>(string json)
        {
            using var reader = new JsonTextReader(new StringReader(json));
            return OneRosterJson.CreateSerializer().Deserialize<T>(reader)!;
        }

        private static string Write(object value)
        {
            var writer = new StringWriter();
            OneRosterJson.CreateSerializer().Serialize(writer, value);
            return writer.ToString();
        }
    }
}
