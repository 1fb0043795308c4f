using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using OneRoster.Errors;
using OneRoster.Query;
using OneRoster.Testing;
using OneRoster.Tests.Client;
using static OneRoster.Testing.FakeCollections;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// Per-field pushdown and the adaptive check over the wire: what the client sends (the fake's request log), what
    /// the user gets (exactly the records the filter selects), and what is logged when a provider rejects a filter.
    /// </summary>
    [TestFixture]
    [Parallelizable(ParallelScope.None)]
    public class FilterPushdownAgainstFakeTests
    {
        // Small pages, so a full scan would take many requests: one request proves the filter was pushed down.
        private const int PageSize = 25;

        private readonly List<IAsyncDisposable> _started = new();
        private FakeLoggerProvider _logs = null!;
        private ILoggerFactory _loggerFactory = null!;

        [SetUp]
        public void StartLogs()
        {
            _logs = new FakeLoggerProvider();
            _loggerFactory = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));
        }

        [TearDown]
        public async Task StopAll()
        {
            foreach (var started in _started)
            {
                await started.DisposeAsync();
            }
            _started.Clear();
            _loggerFactory.Dispose();
            _logs.Dispose();
        }

        [Test]
        public async Task Under_Timeback_one_students_enrollments_take_one_request_carrying_the_user_filter()
        {
            var (fake, client) = await StartAsync(FakeServerOptions.Timeback(), OneRosterProvider.Timeback);
            var student = StudentWithEnrollments(fake);

            var enrollments = await client.Enrollments.ToListAsync(q => q.Where(Filter.Field("user.sourcedId").EqualTo(student)));

            var requests = ApiRequests(fake);
            Assert.Multiple(() =>
            {
                Assert.That(requests, Has.Count.EqualTo(1));
                Assert.That(WebUtility.UrlDecode(requests[0].PathAndQuery), Does.Contain($"filter=user.sourcedId='{student}'"));
                Assert.That(enrollments.Select(e => e.SourcedId), Is.EquivalentTo(EnrollmentIdsOf(fake, student)).And.Not.Empty);
            });
        }

        [Test]
        public async Task Under_Timeback_several_students_enrollments_take_one_request_carrying_an_in_list_beside_another_predicate()
        {
            var (fake, client) = await StartAsync(FakeServerOptions.Timeback(), OneRosterProvider.Timeback);
            var students = StudentsWithEnrollments(fake).Take(4).ToList();
            var filter = Filter.Field("user.sourcedId").In(students).And(Filter.Field("status").EqualTo("active"));

            var enrollments = await client.Enrollments.ToListAsync(q => q.Where(filter));

            var requests = ApiRequests(fake);
            Assert.Multiple(() =>
            {
                // Four equalities on one field would be four predicates, beyond Timeback's two: one in-list keeps it one
                // request stream, of as many pages as the records fill.
                Assert.That(requests, Has.Count.EqualTo(Math.Max(1, (enrollments.Count + PageSize - 1) / PageSize)));
                Assert.That(requests.Select(r => WebUtility.UrlDecode(r.PathAndQuery)),
                    Has.All.Contain($"filter=user.sourcedId@'{string.Join(",", students)}' AND status='active'"));
                Assert.That(enrollments.Select(e => e.SourcedId),
                    Is.EquivalentTo(students.SelectMany(s => EnrollmentIdsOf(fake, s, activeOnly: true))).And.Not.Empty);
            });
        }

        [Test]
        public async Task A_provider_rejecting_the_in_list_gets_equalities_instead_with_one_400_and_one_warning()
        {
            var quirks = FakeServerOptions.Timeback();
            quirks.InListFilterOperator = false;
            var (fake, client) = await StartAsync(quirks, OneRosterProvider.Timeback);
            var students = StudentsWithEnrollments(fake).Take(2).ToList();

            var first = await client.Enrollments.ToListAsync(q => q.Where(Filter.Field("user.sourcedId").In(students)));
            var again = await client.Enrollments.ToListAsync(q => q.Where(Filter.Field("user.sourcedId").In(students)));

            var warnings = _logs.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).ToList();
            var sent = ApiRequests(fake).Where(r => r.StatusCode == 200).Select(r => WebUtility.UrlDecode(r.PathAndQuery)).ToList();
            var expected = students.SelectMany(s => EnrollmentIdsOf(fake, s)).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(first.Select(e => e.SourcedId), Is.EquivalentTo(expected).And.Not.Empty);
                Assert.That(again.Select(e => e.SourcedId), Is.EquivalentTo(expected));
                Assert.That(fake.RequestLog.Count(r => r.StatusCode == 400), Is.EqualTo(1));
                Assert.That(warnings.Select(w => w.Message).ToList(), Has.Count.EqualTo(1).And.All.Contain("no in-list operator (@)"));
                // The nested field is still pushed down, as two equalities joined by OR.
                Assert.That(sent, Has.All.Contain($"filter=user.sourcedId='{students[0]}' OR user.sourcedId='{students[1]}'"));
            });
        }

        [Test]
        public async Task Streams_rejected_at_once_learn_each_step_once_and_all_return_exactly_their_records()
        {
            var (fake, client) = await StartAsync(
                new FakeServerOptions { TimebackFilterLimits = true, RejectNestedFilterFields = true }, OneRosterProvider.Timeback);
            var students = StudentsWithEnrollments(fake).Take(8).ToList();

            var results = await Task.WhenAll(students.Select(async s =>
                (Student: s, Ids: (await client.Enrollments.ToListAsync(q => q.Where(Filter.Field("user.sourcedId").EqualTo(s)))).Select(e => e.SourcedId).ToList())));

            var warnings = _logs.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).ToList();
            Assert.Multiple(() =>
            {
                foreach (var (student, ids) in results)
                {
                    Assert.That(ids, Is.EquivalentTo(EnrollmentIdsOf(fake, student)).And.Unique, student);
                }
                // Streams already sent when the first 400 came back may each see one; the lesson is logged once.
                Assert.That(fake.RequestLog.Count(r => r.StatusCode == 400), Is.InRange(1, students.Count));
                Assert.That(warnings, Has.Count.EqualTo(1));
            });
        }

        [Test]
        public async Task Timeback_sends_nested_fields_other_than_sourcedId_nowhere()
        {
            var (fake, client) = await StartAsync(FakeServerOptions.Timeback(), OneRosterProvider.Timeback);

            var users = await client.Users.ToListAsync(q => q.Where(Filter.Field("roles.role").EqualTo("teacher")));

            Assert.That(ApiRequests(fake).Select(r => WebUtility.UrlDecode(r.PathAndQuery)), Has.None.Contains("filter="));
            Assert.That(users.Select(u => u.SourcedId), Is.EquivalentTo(UserIdsWhere(fake, Filter.Field("roles.role").EqualTo("teacher"))));
        }

        [Test]
        public async Task A_provider_rejecting_nested_fields_costs_one_400_and_one_warning_per_client_and_returns_exactly_the_records()
        {
            var (fake, client) = await StartAsync(
                new FakeServerOptions { TimebackFilterLimits = true, RejectNestedFilterFields = true }, OneRosterProvider.Timeback);
            var students = StudentsWithEnrollments(fake).Take(3).ToList();

            var results = new List<(string Student, List<string?> Ids)>();
            foreach (var student in students)
            {
                var filter = Filter.Field("user.sourcedId").EqualTo(student).And(Filter.Field("status").EqualTo("active"));
                results.Add((student, (await client.Enrollments.ToListAsync(q => q.Where(filter))).Select(e => e.SourcedId).ToList()));
            }
            // A single page read learns from the same client: no second 400.
            var page = await client.Enrollments.ListAsync(q => q.Where(Filter.Field("user.sourcedId").EqualTo(students[0])).Limit(1000));

            var warnings = _logs.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).ToList();
            Assert.Multiple(() =>
            {
                foreach (var (student, ids) in results)
                {
                    Assert.That(ids, Is.EquivalentTo(EnrollmentIdsOf(fake, student, activeOnly: true)).And.Unique, student);
                }
                Assert.That(page.Items.Select(e => e.SourcedId), Is.EquivalentTo(EnrollmentIdsOf(fake, students[0])));
                Assert.That(fake.RequestLog.Count(r => r.StatusCode == 400), Is.EqualTo(1));
                Assert.That(warnings.Select(w => w.Id.Name), Is.EqualTo(new[] { "OneRosterFilterPushdownReduced" }));
                Assert.That(warnings[0].Message, Does.Contain("no predicates on nested fields").And.Contain("'Timeback'"));
                // What the provider does evaluate is still sent.
                Assert.That(ApiRequests(fake).Where(r => r.StatusCode == 200).Select(r => WebUtility.UrlDecode(r.PathAndQuery)),
                    Has.Some.Contains("filter=status='active'"));
            });
        }

        [Test]
        public async Task What_one_client_learned_is_not_shared_with_another()
        {
            var quirks = new FakeServerOptions { RejectNestedFilterFields = true };
            var (fake, first) = await StartAsync(quirks, OneRosterProvider.Timeback);
            var student = StudentWithEnrollments(fake);
            var second = Track(new OneRosterClient(Options(fake, OneRosterProvider.Timeback)));

            await first.Enrollments.ToListAsync(q => q.Where(Filter.Field("user.sourcedId").EqualTo(student)));
            var ids = (await second.Enrollments.ToListAsync(q => q.Where(Filter.Field("user.sourcedId").EqualTo(student)))).Select(e => e.SourcedId);

            Assert.That(ids, Is.EquivalentTo(EnrollmentIdsOf(fake, student)));
            Assert.That(fake.RequestLog.Count(r => r.StatusCode == 400), Is.EqualTo(2));
        }

        [Test]
        public async Task Without_the_adaptive_check_the_400_is_thrown()
        {
            var (fake, client) = await StartAsync(
                new FakeServerOptions { RejectNestedFilterFields = true }, OneRosterProvider.Timeback with { AdaptiveFilterPushdown = false });
            var student = StudentWithEnrollments(fake);

            var thrown = Assert.ThrowsAsync<OneRosterValidationException>(
                () => client.Enrollments.ToListAsync(q => q.Where(Filter.Field("user.sourcedId").EqualTo(student))));

            Assert.That(thrown!.Status, Is.EqualTo(400));
            Assert.That(_logs.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning), Is.Empty);
        }

        [Test]
        public async Task With_VerifyPushedFilters_records_the_provider_should_not_have_sent_are_dropped()
        {
            // This provider ignores the filter it is sent and answers two users whatever is asked.
            using var provider = new FakeProvider().WithTokens();
            provider.WithSequence(FakeProvider.UsersPath, "GET", FakeProvider.Status(200,
                "{\"users\":[{\"sourcedId\":\"u1\",\"status\":\"active\",\"givenName\":\"Ann\"},{\"sourcedId\":\"u2\",\"status\":\"active\",\"givenName\":\"Bob\"}]}", ("X-Total-Count", "2")));
            var filter = Filter.Field("givenName").EqualTo("Ann");

            using var verifying = provider.CreateClient(o => { o.Provider = OneRosterProvider.EdFi; o.PageSize = 100; });
            using var trusting = provider.CreateClient(o => { o.Provider = OneRosterProvider.EdFi with { VerifyPushedFilters = false }; o.PageSize = 100; });

            var verified = await verifying.Users.ToListAsync(q => q.Where(filter));
            var trusted = await trusting.Users.ToListAsync(q => q.Where(filter));

            Assert.Multiple(() =>
            {
                Assert.That(verified.Select(u => u.SourcedId), Is.EqualTo(new[] { "u1" }));
                Assert.That(trusted.Select(u => u.SourcedId), Is.EqualTo(new[] { "u1", "u2" }));
                Assert.That(provider.Server.LogEntries.Select(e => WebUtility.UrlDecode(e.RequestMessage.Url)),
                    Has.Some.Contains("filter=givenName='Ann'"), "the filter is still pushed down");
            });
        }

        [Test]
        public void EdFi_404_with_an_error_body_is_a_typed_not_found()
        {
            using var provider = new FakeProvider().WithTokens();
            provider.WithSequence(FakeProvider.UserPath("u9"), "GET", FakeProvider.Status(404, "{\"error\":\"Not found\"}"));
            using var client = provider.CreateClient(o => o.Provider = OneRosterProvider.EdFi);

            var thrown = Assert.ThrowsAsync<OneRosterNotFoundException>(() => client.Users.GetAsync("u9"));

            Assert.That(thrown!.Status, Is.EqualTo(404));
        }

        private async Task<(OneRosterFakeServer Fake, OneRosterClient Client)> StartAsync(FakeServerOptions quirks, OneRosterProvider provider)
        {
            var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 120), quirks);
            _started.Add(fake);
            return (fake, Track(new OneRosterClient(Options(fake, provider))));
        }

        private OneRosterClientOptions Options(OneRosterFakeServer fake, OneRosterProvider provider)
        {
            var options = fake.CreateClientOptions();
            options.Provider = provider;
            options.PageSize = PageSize;
            options.LoggerFactory = _loggerFactory;
            return options;
        }

        private OneRosterClient Track(OneRosterClient client)
        {
            _started.Add(new Disposal(client));
            return client;
        }

        private sealed class Disposal(OneRosterClient client) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                client.Dispose();
                return ValueTask.CompletedTask;
            }
        }

        private static List<FakeRequest> ApiRequests(OneRosterFakeServer fake) =>
            fake.RequestLog.Where(r => !r.PathAndQuery.Contains("/token", StringComparison.Ordinal)).ToList();

        private static IEnumerable<string> StudentsWithEnrollments(OneRosterFakeServer fake) =>
            fake.Data.RecordObjects(Enrollments)
                .Where(e => (string?)e["role"] == "student")
                .Select(e => (string)e["user"]!["sourcedId"]!)
                .Distinct();

        private static string StudentWithEnrollments(OneRosterFakeServer fake) => StudentsWithEnrollments(fake).First();

        private static IEnumerable<string?> EnrollmentIdsOf(OneRosterFakeServer fake, string student, bool activeOnly = false) =>
            fake.Data.RecordObjects(Enrollments)
                .Where(e => (string?)e["user"]?["sourcedId"] == student && (!activeOnly || (string?)e["status"] == "active"))
                .Select(e => (string?)e["sourcedId"]);

        private static IEnumerable<string?> UserIdsWhere(OneRosterFakeServer fake, Filter filter) =>
            fake.Data.RecordObjects(Users).Where(filter.Matches).Select(u => (string?)u["sourcedId"]);
    }
}
