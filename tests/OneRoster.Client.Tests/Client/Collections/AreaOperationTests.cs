using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using OneRoster.Errors;
using OneRoster.Paging;
using OneRoster.Query;
using WireMock.Logging;

namespace OneRoster.Tests.Client.Collections
{
    /// <summary>
    /// Every area × every operation it supports, from <see cref="AreaTable"/>: the exact method, path,
    /// query and body sent, and the value the caller gets back. Envelopes never reach the caller.
    /// </summary>
    [TestFixture]
    public class AreaOperationTests : ProviderFixture
    {
        [TestCaseSource(typeof(AreaTable), nameof(AreaTable.Every))]
        public async Task ListAsync_sends_the_query_and_returns_the_unwrapped_records(Area area)
        {
            Provider.WithSequence(area.Path, "GET", FakeProvider.Status(200,
                $"{{\"{area.ListKey}\":[{{\"sourcedId\":\"a\"}},{{\"sourcedId\":\"b\"}}]}}", ("X-Total-Count", "10")));

            var page = await Call<Page<object>>(area, "ListAsync",
                (Func<OneRosterQuery, OneRosterQuery>)(q => q.Where(Filter.Field("status").EqualTo("active")).OrderBy("sourcedId").Fields("sourcedId", "status").Limit(2).Offset(4)),
                CancellationToken.None);

            var request = Single(area.Path, "GET");
            Assert.That(request.RequestMessage.RawQuery, Is.EqualTo("?limit=2&offset=4&sort=sourcedId&orderBy=asc&filter=status%3D%27active%27&fields=sourcedId%2Cstatus"));
            Assert.That(Ids(page.Items), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(page.TotalCount, Is.EqualTo(10));
            Assert.That(page.HasMore, Is.True);
        }

        [TestCaseSource(typeof(AreaTable), nameof(AreaTable.Every))]
        public async Task GetAsync_reads_one_record_with_the_id_encoded_into_one_segment(Area area)
        {
            // WireMock matches on the decoded path; the raw URL shows what went over the wire.
            Provider.WithSequence(area.Path + "/x/y", "GET", FakeProvider.Status(200, $"{{\"{area.SingleKey}\":{{\"sourcedId\":\"x/y\"}}}}"));

            var record = await Call<object>(area, "GetAsync", "x/y", CancellationToken.None);

            Assert.That(Single(area.Path + "/x/y", "GET").RequestMessage.Url, Does.EndWith(area.Path + "/x%2Fy"));
            Assert.That(record.GetType(), Is.EqualTo(area.Record));
            Assert.That(SourcedId(record), Is.EqualTo("x/y"));
        }

        [TestCaseSource(typeof(AreaTable), nameof(AreaTable.Every))]
        public async Task ExistsAsync_is_false_on_404_and_true_on_200(Area area)
        {
            Provider.WithSequence(area.Path + "/gone", "GET", FakeProvider.Status(404, "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\"}"));
            Provider.WithSequence(area.Path + "/here", "GET", FakeProvider.Status(200, $"{{\"{area.SingleKey}\":{{\"sourcedId\":\"here\"}}}}"));
            Provider.WithSequence(area.Path, "GET", FakeProvider.Status(200, $"{{\"{area.ListKey}\":[]}}"));

            Assert.That(await Call<bool>(area, "ExistsAsync", "gone", CancellationToken.None), Is.False);
            Assert.That(await Call<bool>(area, "ExistsAsync", "here", CancellationToken.None), Is.True);
            var probe = Single(area.Path, "GET").RequestMessage;
            Assert.That(probe.Query!["limit"].Single(), Is.EqualTo("1"), "the 404 was checked against the collection, one record asked for");
        }

        [TestCase(401)]
        [TestCase(500)]
        public void ExistsAsync_never_reports_a_failure_as_absent(int status)
        {
            Provider.WithSequence(FakeProvider.UsersPath + "/x", "GET", FakeProvider.Status(status, "{\"imsx_codeMajor\":\"failure\"}"));

            Assert.ThrowsAsync(Is.InstanceOf<OneRosterException>(), () => Client.Users.ExistsAsync("x"));
        }

        [TestCaseSource(typeof(AreaTable), nameof(AreaTable.Writable))]
        public async Task CreateAsync_posts_the_enveloped_record_and_returns_the_allocated_sourcedId(Area area)
        {
            Provider.WithSequence(area.Path, "POST", FakeProvider.Status(201,
                "{\"sourcedIdPairs\":[{\"suppliedSourcedId\":\"new-1\",\"allocatedSourcedId\":\"alloc-7\"}]}"));

            var id = await Call<string>(area, "CreateAsync", NewRecord(area, "new-1"), CancellationToken.None);

            var body = JObject.Parse(Single(area.Path, "POST").RequestMessage.Body!);
            Assert.That(body.Properties().Select(p => p.Name), Is.EqualTo(new[] { area.SingleKey }));
            Assert.That((string?)body[area.SingleKey]!["sourcedId"], Is.EqualTo("new-1"));
            Assert.That((string?)body[area.SingleKey]!["status"], Is.EqualTo("active"));
            Assert.That(id, Is.EqualTo("alloc-7"));
        }

        [TestCaseSource(typeof(AreaTable), nameof(AreaTable.Writable))]
        public async Task CreateAsync_accepts_Timeback_single_pair_and_empty_201_answers(Area area)
        {
            Provider.WithSequence(area.Path, "POST",
                FakeProvider.Status(201, "{\"sourcedIdPairs\":{\"suppliedSourcedId\":\"new-1\",\"allocatedSourcedId\":\"tb-1\"}}"),
                FakeProvider.Status(201));

            Assert.That(await Call<string>(area, "CreateAsync", NewRecord(area, "new-1"), CancellationToken.None), Is.EqualTo("tb-1"));
            Assert.That(await Call<string>(area, "CreateAsync", NewRecord(area, "new-2"), CancellationToken.None), Is.EqualTo("new-2"));
        }

        [TestCaseSource(typeof(AreaTable), nameof(AreaTable.Writable))]
        public async Task UpsertAsync_issues_one_PUT_with_the_enveloped_record(Area area)
        {
            Provider.WithSequence(area.Path + "/u-1", "PUT", FakeProvider.Status(200, $"{{\"{area.SingleKey}\":{{\"sourcedId\":\"u-1\"}}}}"));

            await Call<object?>(area, "UpsertAsync", "u-1", NewRecord(area, "u-1"), CancellationToken.None);

            var put = Single(area.Path + "/u-1", "PUT");
            Assert.That((string?)JObject.Parse(put.RequestMessage.Body!)[area.SingleKey]!["sourcedId"], Is.EqualTo("u-1"));
            Assert.That(Provider.Server.LogEntries.Count(e => e.RequestMessage.Path.StartsWith("/ims", StringComparison.Ordinal)), Is.EqualTo(1));
        }

        [TestCaseSource(typeof(AreaTable), nameof(AreaTable.Writable))]
        public async Task UpdateAsync_of_an_existing_record_reads_then_puts(Area area)
        {
            Provider.WithSequence(area.Path + "/u-1", "GET", FakeProvider.Status(200, $"{{\"{area.SingleKey}\":{{\"sourcedId\":\"u-1\"}}}}"));
            Provider.WithSequence(area.Path + "/u-1", "PUT", FakeProvider.Status(201));

            await Call<object?>(area, "UpdateAsync", "u-1", NewRecord(area, "u-1"), CancellationToken.None);

            Assert.That(Single(area.Path + "/u-1", "PUT").RequestMessage.Body, Does.Contain("\"u-1\""));
        }

        [TestCaseSource(typeof(AreaTable), nameof(AreaTable.Writable))]
        public void UpdateAsync_of_a_missing_record_raises_not_found_and_sends_no_PUT(Area area)
        {
            Provider.WithSequence(area.Path + "/nope", "GET", FakeProvider.Status(404, "{\"error\":\"Not found\"}"));

            var ex = Assert.ThrowsAsync<OneRosterNotFoundException>(() => Call<object?>(area, "UpdateAsync", "nope", NewRecord(area, "nope"), CancellationToken.None));

            Assert.That(ex!.SourcedId, Is.EqualTo("nope"));
            Assert.That(Provider.Server.LogEntries.Any(e => e.RequestMessage.Method == "PUT"), Is.False);
        }

        [TestCaseSource(typeof(AreaTable), nameof(AreaTable.Writable))]
        public async Task DeleteAsync_sends_DELETE(Area area)
        {
            Provider.WithSequence(area.Path + "/d-1", "DELETE", FakeProvider.Status(204));

            await Call<object?>(area, "DeleteAsync", "d-1", CancellationToken.None);

            Assert.That(Single(area.Path + "/d-1", "DELETE").RequestMessage.Body, Is.Null.Or.Empty);
        }

        [TestCaseSource(typeof(AreaTable), nameof(AreaTable.Writable))]
        public void DeleteAsync_of_a_missing_record_raises_not_found_with_the_sourcedId(Area area)
        {
            Provider.WithSequence(area.Path + "/missing", "DELETE", FakeProvider.Status(404, "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"unknown\"}"));

            var ex = Assert.ThrowsAsync<OneRosterNotFoundException>(() => Call<object?>(area, "DeleteAsync", "missing", CancellationToken.None));

            Assert.That(ex!.SourcedId, Is.EqualTo("missing"));
        }

        [TestCase("")]
        [TestCase(" ")]
        [TestCase("..")]
        public void Bad_ids_fail_before_any_request(string id)
        {
            Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => Client.Users.GetAsync(id));
            Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => Client.Classes.DeleteAsync(id));
            Assert.Throws(Is.InstanceOf<ArgumentException>(), () => _ = Client.Schools[id]);
            Assert.That(Provider.Server.LogEntries, Is.Empty);
        }

        private ILogEntry Single(string path, string method)
        {
            var entries = Provider.Server.LogEntries.Where(e => e.RequestMessage.Path == path && e.RequestMessage.Method == method).ToList();
            Assert.That(entries, Has.Count.EqualTo(1), $"{method} {path}");
            return entries[0];
        }

        private async Task<T> Call<T>(Area area, string method, params object?[] args)
        {
            var collection = area.Collection(Client);
            var task = (Task)collection.GetType().GetMethods().Single(m => m.Name == method && m.GetParameters().Length == args.Length).Invoke(collection, args)!;
            await task;
            var result = task.GetType().GetProperty("Result")?.GetValue(task);
            if (typeof(T) == typeof(Page<object>) && result is not null)
            {
                var items = ((IEnumerable)result.GetType().GetProperty("Items")!.GetValue(result)!).Cast<object>().ToList();
                var total = (long?)result.GetType().GetProperty("TotalCount")!.GetValue(result);
                var hasMore = (bool)result.GetType().GetProperty("HasMore")!.GetValue(result)!;
                return (T)(object)new Page<object>(items, 0, 0, total, hasMore, false);
            }
            return (T)result!;
        }

        private static object NewRecord(Area area, string sourcedId)
        {
            var record = Activator.CreateInstance(area.Record)!;
            area.Record.GetProperty("SourcedId")!.SetValue(record, sourcedId);
            area.Record.GetProperty("Status")!.SetValue(record, "active");
            return record;
        }

        private static string? SourcedId(object record) => (string?)record.GetType().GetProperty("SourcedId")!.GetValue(record);

        private static string?[] Ids(System.Collections.Generic.IEnumerable<object> records) => records.Select(SourcedId).ToArray();
    }
}
