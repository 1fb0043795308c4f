using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using NUnit.Framework;
using OneRoster.Http;
using OneRoster.Paging.Records;
using OneRoster.Serialization;
using Gradebook = OneRoster.Gradebook;
using Rostering = OneRoster.Rostering;

namespace OneRoster.Tests.Serialization
{
    /// <summary>
    /// A stream reads list envelopes one record at a time: it must read exactly what deserializing the whole envelope
    /// reads (same records, same tolerant conversions, the same key aliases, the body total), fail with the caller's
    /// exception when the body is not an envelope, and release the body when done. Every case runs against both
    /// readers: Json.NET's, and the UTF-8 one streams use for 1.2 providers (which hands a page over to Json.NET's).
    /// </summary>
    [TestFixture(PageReader.General)]
    [TestFixture(PageReader.Utf8)]
    public class ListEnvelopeReaderTests
    {
        private readonly PageReader _kind;

        public ListEnvelopeReaderTests(PageReader kind) => _kind = kind;

        public enum PageReader
        {
            General,
            Utf8,
        }

        // Everything the tolerant contract touches: ext metadata with exact numbers, a date-only dateLastModified,
        // a JSON boolean flag, date-only role dates, hrefs, unknown fields, nested lists, a null list.
        private const string RichUsers =
            "[{\"sourcedId\":\"u1\",\"status\":\"active\",\"dateLastModified\":\"2025-08-01T12:30:00.000Z\"," +
            "\"metadata\":{\"ext:sisId\":\"s-1\",\"ext:gpa\":3.10,\"ext:nested\":{\"a\":[1,2]}},\"enabledUser\":true," +
            "\"givenName\":\"Ava\",\"familyName\":\"Nguyen\",\"roles\":[{\"roleType\":\"primary\",\"role\":\"student\"," +
            "\"org\":{\"href\":\"https://sis.example.org/orgs/school-1\",\"sourcedId\":\"school-1\",\"type\":\"org\"},\"beginDate\":\"2025-08-15\"}]," +
            "\"userIds\":[{\"type\":\"SIS\",\"identifier\":\"s-1\"}],\"grades\":[\"05\"],\"ext:nickname\":\"Avi\"}," +
            "{\"sourcedId\":\"u2\",\"status\":\"tobedeleted\",\"dateLastModified\":\"2025-01-02\",\"enabledUser\":\"false\",\"roles\":null}," +
            "{\"sourcedId\":\"u3\",\"agents\":[{\"href\":\"https://sis.example.org/users/g-3\",\"sourcedId\":\"g-3\",\"type\":\"user\"}]}]";

        private static readonly JsonSerializer Whole = OneRosterJson.CreateSerializer();

        [TestCase("{\"users\":" + RichUsers + "}")]
        [TestCase("{\"totalCount\":3,\"users\":" + RichUsers + ",\"pageCount\":1}")]
        [TestCase("{\"students\":" + RichUsers + "}")]
        public async Task Reads_the_same_records_as_deserializing_the_whole_envelope(string json)
        {
            var expected = Deserialize<Rostering.UserSet>(json).Users!;

            using var reader = await ReaderAsync<Rostering.User>(json, typeof(Rostering.UserSet));
            var read = ReadAll(reader);

            Assert.That(read.Select(AsJson), Is.EqualTo(expected.Select(AsJson)));
            Assert.That(read.Select(u => u.SourcedId), Is.EqualTo(new[] { "u1", "u2", "u3" }));
        }

        [Test]
        public async Task Records_under_the_key_and_its_aliases_come_in_document_order()
        {
            const string json = "{\"teachers\":[{\"sourcedId\":\"t1\"}],\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"}],\"students\":[{\"sourcedId\":\"s1\"}]}";

            using var reader = await ReaderAsync<Rostering.User>(json, typeof(Rostering.UserSet));

            Assert.That(ReadAll(reader).Select(u => u.SourcedId), Is.EqualTo(new[] { "t1", "u1", "u2", "s1" }));
        }

        [TestCase("{\"totalCount\":120,\"lineItems\":[{\"sourcedId\":\"l1\"}]}", 120L)]
        [TestCase("{\"lineItems\":[{\"sourcedId\":\"l1\"}],\"offset\":0,\"totalCount\":\"120\"}", 120L)]
        [TestCase("{\"lineItems\":[{\"sourcedId\":\"l1\"}]}", null)]
        public async Task The_body_total_is_known_once_the_last_record_was_read_wherever_it_stands(string json, long? total)
        {
            using var reader = await ReaderAsync<Gradebook.LineItem>(json, typeof(Gradebook.LineItemSet));

            Assert.That(reader.TryRead(out var first), Is.True);
            Assert.That(first.SourcedId, Is.EqualTo("l1"));
            Assert.That(reader.TryRead(out _), Is.False);
            Assert.That(reader.BodyTotalCount, Is.EqualTo(total));
            Assert.That(reader.TryRead(out _), Is.False, "stays at the end");
        }

        [TestCase("{}")]
        [TestCase("{\"users\":null}")]
        [TestCase("{\"users\":[]}")]
        [TestCase("{\"imsx_statusInfoSet\":[],\"users\":[]}")]
        public async Task An_envelope_without_records_reads_as_an_empty_page(string json)
        {
            using var reader = await ReaderAsync<Rostering.User>(json, typeof(Rostering.UserSet));

            Assert.That(reader.TryRead(out _), Is.False);
        }

        [TestCase("", "is empty")]
        [TestCase("[{\"sourcedId\":\"u1\"}]", "starts with StartArray")]
        [TestCase("null", "starts with Null")]
        [TestCase("\"<html>\"", "starts with String")]
        public async Task A_body_that_is_no_envelope_fails_with_the_callers_exception_before_any_record(string json, string says)
        {
            using var reader = await ReaderAsync<Rostering.User>(json, typeof(Rostering.UserSet));

            var error = Assert.Throws<InvalidDataException>(() => reader.TryRead(out _));

            Assert.That(error!.InnerException, Is.InstanceOf<JsonException>());
            Assert.That(error.InnerException!.Message, Does.Contain(says).And.Contain("list of User records"));
        }

        [TestCase("{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"},{\"sourcedId\":\"u3\",\"roles\":\"oops\"}]}")]
        [TestCase("{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"},{\"sourcedId\":\"u3\",\"giv")]
        [TestCase("{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"},")]
        [TestCase("{\"users\":[{\"sourcedId\":\"u1\"},{\"sourcedId\":\"u2\"},null,{\"sourcedId\":\"u4\"}]}")]
        public async Task A_body_that_breaks_after_two_records_yields_them_then_fails(string json)
        {
            using var reader = await ReaderAsync<Rostering.User>(json, typeof(Rostering.UserSet));
            var read = new List<string?>();

            var error = Assert.Throws<InvalidDataException>(() =>
            {
                while (reader.TryRead(out var user))
                {
                    read.Add(user.SourcedId);
                }
            });

            Assert.That(read, Is.EqualTo(new[] { "u1", "u2" }));
            Assert.That(error!.InnerException, Is.InstanceOf<JsonException>());
            Assert.That(reader.TryRead(out _), Is.False, "nothing is read after a failure");
        }

        [Test]
        public async Task Disposing_releases_the_body()
        {
            var body = await BodyAsync("{\"users\":[" + string.Join(",", Enumerable.Range(0, 3000).Select(i => $"{{\"sourcedId\":\"u{i}\",\"givenName\":\"{new string('x', 100)}\"}}")) + "]}");
            Assert.That(body.BlockCount, Is.GreaterThan(1), "a body large enough for pooled blocks");
            var reader = Reader<Rostering.User>(body, typeof(Rostering.UserSet));
            Assert.That(reader.TryRead(out _), Is.True);

            reader.Dispose();

            Assert.That(body.BlockCount, Is.Zero, "the blocks went back to the pool");
            Assert.That(reader.TryRead(out _), Is.False);
            Assert.Throws<ObjectDisposedException>(() => body.OpenRead().ReadByte());
        }

        private static T Deserialize<T>(string json)
        {
            using var text = new JsonTextReader(new StringReader(json));
            return Whole.Deserialize<T>(text)!;
        }

        private static string AsJson(object record) => JsonConvert.SerializeObject(record, Formatting.None);

        private static List<T> ReadAll<T>(IPageRecords<T> reader)
        {
            var read = new List<T>();
            while (reader.TryRead(out var record))
            {
                read.Add(record);
            }
            return read;
        }

        private async Task<IPageRecords<T>> ReaderAsync<T>(string json, Type envelope) => Reader<T>(await BodyAsync(json), envelope);

        private IPageRecords<T> Reader<T>(BufferedBodyContent body, Type envelope) => _kind == PageReader.General
            ? new ListEnvelopeReader<T>(body, envelope, ex => new InvalidDataException("translated", ex))
            : new Utf8ListEnvelopeReader<T>(body, envelope, Utf8Readers.Of<T>(envelope), ex => new InvalidDataException("translated", ex), recordsKey: Utf8Readers.KeyOf(envelope));

        private static async Task<BufferedBodyContent> BodyAsync(string json)
        {
            using var source = new StringContent(json);
            return await BufferedBodyContent.ReadAsync(source, CancellationToken.None);
        }
    }
}
