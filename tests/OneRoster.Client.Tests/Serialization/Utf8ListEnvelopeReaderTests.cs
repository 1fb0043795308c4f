using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using NUnit.Framework;
using OneRoster.Http;
using OneRoster.Paging.Records;
using Rostering = OneRoster.Rostering;

namespace OneRoster.Tests.Serialization
{
    /// <summary>
    /// The UTF-8 page reader reads canonical pages itself and hands the rest of a page to Json.NET's reader at the
    /// first doubt: the caller sees the same records, in the same order, none lost or repeated, and the same errors.
    /// </summary>
    public class Utf8ListEnvelopeReaderTests
    {
        private static string User(int i, string extra = "") =>
            $"{{\"sourcedId\":\"u{i}\",\"status\":\"active\",\"dateLastModified\":\"2025-08-01T12:30:00.000Z\",\"enabledUser\":\"true\"," +
            $"\"givenName\":\"Given {i}\",\"roles\":[{{\"roleType\":\"primary\",\"role\":\"student\",\"org\":{{\"href\":\"https://sis.example.org/orgs/s1\",\"sourcedId\":\"s1\",\"type\":\"org\"}},\"beginDate\":\"2025-08-15\"}}]{extra}}}";

        private static string Page(IEnumerable<string> users, string before = "", string after = "") =>
            "{" + before + "\"users\":[" + string.Join(",", users) + "]" + after + "}";

        [Test]
        public async Task A_canonical_page_is_read_without_json_net()
        {
            var json = Page(Enumerable.Range(1, 5).Select(i => User(i)), before: "\"totalCount\":120,");

            var (records, total, handedOver) = await ReadUtf8Async(json);

            Assert.That(handedOver, Is.False);
            Assert.That(records, Is.EqualTo(await ReadGeneralAsync(json)));
            Assert.That(total, Is.EqualTo(120));
        }

        [TestCase(0)]
        [TestCase(2)]
        [TestCase(4)]
        public async Task A_record_json_net_must_read_hands_it_and_the_rest_of_the_page_over_without_losing_or_repeating_one(int odd)
        {
            var users = Enumerable.Range(0, 5).Select(i => i == odd ? User(i, ",\"ext:nickname\":\"Avi\"").Replace("\"enabledUser\":\"true\"", "\"enabledUser\":true") : User(i));
            var json = Page(users, after: ",\"totalCount\":\"120\"");

            var (records, total, handedOver) = await ReadUtf8Async(json);

            Assert.That(handedOver, Is.True);
            Assert.That(records, Is.EqualTo(await ReadGeneralAsync(json)));
            Assert.That(records.Select(r => JsonConvert.DeserializeObject<Rostering.User>(r)!.SourcedId), Is.EqualTo(new[] { "u0", "u1", "u2", "u3", "u4" }));
            Assert.That(records[odd], Does.Contain("\"enabledUser\":\"true\"").And.Contain("\"ext:nickname\":\"Avi\""));
            Assert.That(total, Is.EqualTo(120));
        }

        [TestCase("{\"users\":[" + "{\"sourcedId\":\"u1\"}," + "/* a comment */{\"sourcedId\":\"u2\"},]}", TestName = "Comments_and_a_trailing_comma_are_read_by_json_net")]
        [TestCase("{'users':[{'sourcedId':'u1'},{'sourcedId':'u2'}]}", TestName = "Single_quotes_are_read_by_json_net")]
        [TestCase("{\"users\":[{\"sourcedId\":\"u1\"}],\"users\":[{\"sourcedId\":\"u2\"}]} trailing", TestName = "Text_after_the_envelope_is_left_to_json_net")]
        [TestCase("{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\",\"givenName\":\"tab\there\"}]}", TestName = "A_raw_control_character_is_read_by_json_net")]
        [TestCase("{\"pageInfo\":{\"total\":[1,{\"a\":null}]},\"users\":[{\"sourcedId\":\"u1\"}]}", TestName = "Other_envelope_properties_of_any_shape_are_kept_as_json_net_reads_them")]
        public async Task Json_only_json_net_accepts_is_read_as_before(string json)
        {
            var (records, total, _) = await ReadUtf8Async(json);
            var general = await ReadGeneralAsync(json);

            Assert.That(records, Is.EqualTo(general));
            Assert.That(records, Is.Not.Empty);
        }

        [TestCase("{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"},{\"sourcedId\":\"u3\",\"roles\":\"oops\"}]}")]
        [TestCase("{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"},{\"sourcedId\":\"u3\",\"dateLastModified\":\"yesterday\"}]}")]
        [TestCase("{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"},null]}")]
        [TestCase("{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"},{\"sourcedId\":\"u3\",\"giv")]
        [TestCase("{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"},]")]
        [TestCase("{\"totalCount\":\"many\",\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"}]}")]
        [TestCase("[{\"sourcedId\":\"u1\"}]")]
        [TestCase("")]
        public async Task A_broken_body_yields_the_same_records_then_the_same_error_as_json_nets_reader(string json)
        {
            var utf8 = await OutcomeAsync(json, utf8: true);
            var general = await OutcomeAsync(json, utf8: false);

            Assert.That(utf8, Is.EqualTo(general));
            Assert.That(utf8.Last(), Does.StartWith("error"));
        }

        [Test]
        public async Task Bytes_that_are_not_utf8_are_decoded_as_json_net_decodes_them()
        {
            var bytes = Encoding.UTF8.GetBytes("{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\",\"givenName\":\"A?B\"}]}");
            bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;

            var (records, _, handedOver) = await ReadUtf8Async(bytes);

            Assert.That(handedOver, Is.True);
            Assert.That(records, Is.EqualTo(await ReadGeneralAsync(bytes)));
            Assert.That(records[1], Does.Contain("A\uFFFDB"));
        }

        [Test]
        public async Task A_byte_order_mark_is_skipped_as_json_net_skips_it()
        {
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page(new[] { User(1) }))).ToArray();

            var (records, _, _) = await ReadUtf8Async(bytes);

            Assert.That(records, Is.EqualTo(await ReadGeneralAsync(bytes)));
            Assert.That(records, Has.Count.EqualTo(1));
        }

        [Test]
        public async Task A_body_over_several_blocks_is_read_across_their_seams()
        {
            // Long names put strings, numbers and names across the 256 KB block boundaries somewhere.
            var json = Page(Enumerable.Range(0, 2500).Select(i => User(i, $",\"familyName\":\"{new string((char)('a' + (i % 26)), 97 + (i % 13))}\"")));
            var body = await BodyAsync(Encoding.UTF8.GetBytes(json));
            Assert.That(body.BlockCount, Is.GreaterThan(2));

            using var reader = Utf8Users(body);
            var records = ReadAll(reader);

            Assert.That(reader.HandedOver, Is.False);
            Assert.That(records, Is.EqualTo(await ReadGeneralAsync(json)));
        }

        [TestCase(60)]
        [TestCase(80)]
        public async Task Json_nested_near_the_depth_limits_ends_as_with_json_nets_reader(int depth)
        {
            var json = "{\"deep\":" + new string('[', depth) + new string(']', depth) + ",\"users\":[" + User(1) + "," + User(2) + "]}";

            Assert.That(await OutcomeAsync(json, utf8: true), Is.EqualTo(await OutcomeAsync(json, utf8: false)));
        }

        [Test]
        public async Task Disposing_after_handing_over_releases_the_body_once()
        {
            var json = Page(Enumerable.Range(0, 3000).Select(i => User(i, i == 1 ? ",\"ext:x\":1" : "")));
            var body = await BodyAsync(Encoding.UTF8.GetBytes(json));
            var before = BufferedBodyContent.PooledBlocksInUse;
            var reader = Utf8Users(body);
            Assert.That(reader.TryRead(out _) && reader.TryRead(out _), Is.True);
            Assert.That(reader.HandedOver, Is.True);

            reader.Dispose();
            reader.Dispose();

            Assert.That(body.BlockCount, Is.Zero, "the blocks went back to the pool");
            Assert.That(BufferedBodyContent.PooledBlocksInUse, Is.LessThanOrEqualTo(before - 1));
            Assert.That(reader.TryRead(out _), Is.False);
        }

        [TestCase(false, TestName = "A_stream_reads_the_pages_of_a_OneRoster_1_2_provider_with_the_utf8_reader")]
        [TestCase(true, TestName = "A_stream_reads_the_pages_of_a_OneRoster_1_1_provider_with_json_net_which_rewrites_them")]
        public async Task Which_reader_a_stream_uses(bool oneRoster11)
        {
            var body = await BodyAsync(Encoding.UTF8.GetBytes(Page(new[] { User(1) })));
            var answer = new Answer(new HttpResponseMessage(System.Net.HttpStatusCode.OK), body, new OneRoster.Errors.OneRosterErrorInfo { Method = "GET" });
            var mapping = oneRoster11 ? OneRoster.Serialization.OneRoster11Payloads.Of(typeof(Rostering.User)) : null;

            var page = ListAnswers.Read(answer, Rostering.UsersClient.Operations.GetAllUsers, recordByRecord: true, mapping: mapping);
            using var records = page.Records!;

            Assert.That(records, oneRoster11 ? Is.InstanceOf<ListEnvelopeReader<Rostering.User>>() : Is.InstanceOf<Utf8ListEnvelopeReader<Rostering.User>>());
            Assert.That(records.TryRead(out var user) ? user.SourcedId : null, Is.EqualTo("u1"));
        }

        /// <summary>The UTF-8 reader of a users page, as a stream of <c>GetAllUsers</c> makes it.</summary>
        private static Utf8ListEnvelopeReader<Rostering.User> Utf8Users(BufferedBodyContent body) =>
            new(body, typeof(Rostering.UserSet), Utf8Readers.Of<Rostering.User>(typeof(Rostering.UserSet)), Translate, recordsKey: Utf8Readers.KeyOf(typeof(Rostering.UserSet)));

        private static Exception Translate(Exception ex) => new InvalidDataException("translated", ex);

        private static Task<(List<string> Records, long? Total, bool HandedOver)> ReadUtf8Async(string json) => ReadUtf8Async(Encoding.UTF8.GetBytes(json));

        private static async Task<(List<string> Records, long? Total, bool HandedOver)> ReadUtf8Async(byte[] json)
        {
            using var reader = Utf8Users(await BodyAsync(json));
            var records = ReadAll(reader);
            return (records, reader.BodyTotalCount, reader.HandedOver);
        }

        private static Task<List<string>> ReadGeneralAsync(string json) => ReadGeneralAsync(Encoding.UTF8.GetBytes(json));

        private static async Task<List<string>> ReadGeneralAsync(byte[] json)
        {
            using var reader = new ListEnvelopeReader<Rostering.User>(await BodyAsync(json), typeof(Rostering.UserSet), Translate);
            return ReadAll(reader);
        }

        /// <summary>Each record read, then the error (its type and message) if one came.</summary>
        private static async Task<List<string>> OutcomeAsync(string json, bool utf8)
        {
            var body = await BodyAsync(Encoding.UTF8.GetBytes(json));
            using IPageRecords<Rostering.User> reader = utf8
                ? Utf8Users(body)
                : new ListEnvelopeReader<Rostering.User>(body, typeof(Rostering.UserSet), Translate);
            var outcome = new List<string>();
            try
            {
                while (reader.TryRead(out var user))
                {
                    outcome.Add(JsonConvert.SerializeObject(user));
                }
                outcome.Add($"end, total {reader.BodyTotalCount}");
            }
            catch (InvalidDataException ex)
            {
                outcome.Add($"error {ex.InnerException!.GetType().Name}: {ex.InnerException.Message}");
            }
            return outcome;
        }

        private static List<string> ReadAll(IPageRecords<Rostering.User> reader)
        {
            var read = new List<string>();
            while (reader.TryRead(out var user))
            {
                read.Add(JsonConvert.SerializeObject(user));
            }
            return read;
        }

        private static async Task<BufferedBodyContent> BodyAsync(byte[] json)
        {
            using var source = new ByteArrayContent(json);
            return await BufferedBodyContent.ReadAsync(source, CancellationToken.None);
        }
    }
}
