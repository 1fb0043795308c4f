using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using OneRoster.Errors;
using OneRoster.Query;
using OneRoster.Rostering;
using OneRoster.Testing;
using static OneRoster.Testing.FakeCollections;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// One test per quirk switch of <see cref="FakeServerOptions"/>: the client, unchanged but for tiny retry
    /// delays, still returns exactly the records asked for, or the clear error docs/errors-and-retries.md promises.
    /// Each test starts its own fake (a 120-user district) so the quirk and the request log are its own.
    /// </summary>
    [TestFixture]
    [Parallelizable(ParallelScope.None)]
    public class QuirkAgainstFakeTests
    {
        private const int PageSize = 25;

        private readonly List<IAsyncDisposable> _started = new();

        [TearDown]
        public async Task StopAll()
        {
            foreach (var started in _started)
            {
                await started.DisposeAsync();
            }
            _started.Clear();
        }

        private async Task<(OneRosterFakeServer Fake, OneRosterClient Client)> StartAsync(
            FakeServerOptions quirks, Action<OneRosterClientOptions>? configure = null, FakeDistrict? district = null)
        {
            var fake = await OneRosterFakeServer.StartAsync(district ?? FakeDistrict.Generate(users: 120), quirks);
            _started.Add(fake);
            var options = fake.CreateClientOptions();
            options.PageSize = PageSize;
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
            configure?.Invoke(options);
            var client = new OneRosterClient(options);
            _started.Add(new ClientDisposal(client));
            return (fake, client);
        }

        private static async Task AssertStreamsEveryUser(OneRosterFakeServer fake, OneRosterClient client)
        {
            var expected = DistrictSnapshot.Ids(fake.Data.RecordObjects(Users)).ToList();
            var streamed = (await client.Users.ToListAsync()).Select(u => u.SourcedId).ToList();
            Assert.That(streamed, Is.Unique);
            Assert.That(streamed, Is.EquivalentTo(expected));
        }

        private static int Count(OneRosterFakeServer fake, int status) => fake.RequestLog.Count(r => r.StatusCode == status);

        [Test]
        public async Task LimitCap_smaller_than_the_page_size_still_streams_every_record()
        {
            var (fake, client) = await StartAsync(new FakeServerOptions { LimitCap = 7 });

            await AssertStreamsEveryUser(fake, client);
            Assert.That(fake.RequestLog.Count(r => r.OperationId == "getAllUsers"), Is.GreaterThan(120 / PageSize + 1), "capped pages mean more requests");
        }

        /// <summary>Paging quirks under which the stream must still yield every record exactly once.</summary>
        private static IEnumerable<TestCaseData> PagingQuirks()
        {
            yield return new TestCaseData(new FakeServerOptions { NoTotalCount = true }).SetArgDisplayNames("NoTotalCount");
            yield return new TestCaseData(new FakeServerOptions { NoTotalCount = true, NoLinkHeader = true }).SetArgDisplayNames("NoTotalCount+NoLinkHeader");
            yield return new TestCaseData(new FakeServerOptions { LinkOnlyPaging = true }).SetArgDisplayNames("LinkOnlyPaging");
            yield return new TestCaseData(new FakeServerOptions { BodyTotalCount = true }).SetArgDisplayNames("BodyTotalCount");
            yield return new TestCaseData(new FakeServerOptions { Latency = TimeSpan.FromMilliseconds(15) }).SetArgDisplayNames("Latency");
        }

        [TestCaseSource(nameof(PagingQuirks))]
        public async Task Paging_quirk_still_streams_every_record(FakeServerOptions quirks)
        {
            var (fake, client) = await StartAsync(quirks);
            await AssertStreamsEveryUser(fake, client);
        }

        [Test]
        public async Task IgnoreOffset_fails_with_a_protocol_error_instead_of_looping()
        {
            var (fake, client) = await StartAsync(new FakeServerOptions { IgnoreOffset = true });

            var error = Assert.ThrowsAsync<OneRosterProtocolException>(() => client.Users.ToListAsync());

            Assert.That(error!.Message, Does.Contain("offset").IgnoreCase);
            Assert.That(fake.RequestLog.Count(r => r.OperationId == "getAllUsers"), Is.LessThanOrEqualTo(120 / PageSize + 4), "no endless paging");
        }

        [Test]
        public async Task RateLimitEvery_is_retried_after_Retry_After_and_the_stream_completes()
        {
            var (fake, client) = await StartAsync(new FakeServerOptions { RateLimitEvery = 3, RetryAfter = TimeSpan.Zero });

            await AssertStreamsEveryUser(fake, client);
            Assert.That(Count(fake, 429), Is.GreaterThan(0), "the fake answered 429 and the client retried");
        }

        [Test]
        public async Task ServerErrorBurst_at_start_is_retried_for_reads()
        {
            var (fake, client) = await StartAsync(new FakeServerOptions { ServerErrorBurst = 2 });

            await AssertStreamsEveryUser(fake, client);
            Assert.That(Count(fake, 503), Is.EqualTo(2));
        }

        [Test]
        public async Task ServerErrorEvery_bursts_are_retried_for_reads()
        {
            var (fake, client) = await StartAsync(new FakeServerOptions { ServerErrorBurst = 1, ServerErrorEvery = 3, ServerErrorStatusCode = 502 });

            await AssertStreamsEveryUser(fake, client);
            Assert.That(Count(fake, 502), Is.GreaterThan(0));
        }

        [Test]
        public async Task A_create_that_gets_503_is_not_retried_by_default()
        {
            var (fake, client) = await StartAsync(new FakeServerOptions());
            var before = fake.Data.Count(Orgs);
            fake.FailNextRequests(1);

            var error = Assert.ThrowsAsync<OneRosterServerException>(() => client.Orgs.CreateAsync(new Org { Name = "Annex", Type = "school" }));

            Assert.That(error!.Status, Is.EqualTo(503));
            Assert.That(fake.RequestLog.Count(r => r.OperationId == "createOrg"), Is.EqualTo(1), "a POST is sent once");
            Assert.That(fake.Data.Count(Orgs), Is.EqualTo(before));
        }

        [Test]
        public async Task A_create_that_gets_503_is_retried_with_RetryNonIdempotent()
        {
            var (fake, client) = await StartAsync(new FakeServerOptions(), o => o.Retry.RetryNonIdempotent = true);
            fake.FailNextRequests(1);

            var id = await client.Orgs.CreateAsync(new Org { Name = "Annex", Type = "school" });

            Assert.That(fake.Data.FindRecord(Orgs, id), Is.Not.Null);
            Assert.That(fake.RequestLog.Count(r => r.Method == "POST" && r.OperationId == "createOrg"), Is.EqualTo(2));
        }

        [TestCase(true, TestName = "TokenLifetime: a client on the same clock refreshes the token before it expires")]
        [TestCase(false, TestName = "TokenLifetime: a client on another clock refreshes the token after the 401")]
        public async Task TokenLifetime_expired_tokens_are_replaced(bool clientSharesTheClock)
        {
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var (fake, client) = await StartAsync(
                new FakeServerOptions { TokenLifetime = TimeSpan.FromMinutes(5), TimeProvider = clock },
                o => o.TimeProvider = clientSharesTheClock ? clock : null);
            var tokenRequests = () => fake.RequestLog.Count(r => r.OperationId == "token");

            await client.Schools.ToListAsync();
            clock.Advance(TimeSpan.FromMinutes(6));
            var schools = await client.Schools.ToListAsync();

            Assert.That(schools, Is.Not.Empty);
            Assert.That(tokenRequests(), Is.EqualTo(2), "one token, then a new one after expiry");
            Assert.That(Count(fake, 401), Is.EqualTo(clientSharesTheClock ? 0 : 1));
        }

        [Test]
        public async Task TimebackFilterLimits_with_the_Timeback_profile_send_no_rejected_filter_and_return_the_right_records()
        {
            var (fake, client) = await StartAsync(
                new FakeServerOptions { TimebackFilterLimits = true },
                o => o.Provider = OneRosterProvider.Timeback with { MaxPageSize = PageSize });
            var filter = Filter.Field("status").EqualTo("active")
                .And(Filter.Field("roles.role").EqualTo("student").Or(Filter.Field("roles.role").EqualTo("teacher")))
                .And(Filter.Field("familyName").GreaterThan("G"));

            var streamed = (await client.Users.ToListAsync(q => q.Where(filter))).Select(u => u.SourcedId);

            Assert.That(streamed, Is.EquivalentTo(DistrictSnapshot.Ids(fake.Data.RecordObjects(Users).Where(filter.Matches))));
            Assert.That(Count(fake, 400), Is.Zero);
        }

        [Test]
        public async Task NonSpecEnums_arrive_intact_as_ext_values()
        {
            var (_, client) = await StartAsync(new FakeServerOptions { NonSpecEnums = true });

            var users = await client.Users.ToListAsync();
            var classes = await client.Classes.ToListAsync();

            Assert.That(users.SelectMany(u => u.Roles!).Select(r => r.Role), Does.Contain("ext:tutor"));
            Assert.That(classes.Select(c => c.ClassType), Does.Contain("ext:online"));
        }

        [Test]
        public async Task JsonBooleans_are_read_as_the_strings_true_and_false()
        {
            var (fake, client) = await StartAsync(new FakeServerOptions { JsonBooleans = true });

            var users = await client.Users.ToListAsync();
            var enrollments = await client.Enrollments.ToListAsync();

            Assert.That(users.Select(u => u.EnabledUser).Distinct(), Is.SubsetOf(new[] { "true", "false" }));
            Assert.That(enrollments.Select(e => e.Primary).Where(p => p is not null).Distinct(), Is.SubsetOf(new[] { "true", "false" }).And.Not.Empty);
            Assert.That(fake.RequestLog.Count(r => r.StatusCode >= 400), Is.Zero);
        }

        [Test]
        public async Task StringBooleans_rewrite_json_booleans_in_loaded_data_and_the_client_reads_them()
        {
            var district = FakeDistrict.Empty
                .Add(Users, JObject.Parse("""{"sourcedId":"u1","givenName":"Ada","enabledUser":true,"metadata":{"vip":false}}"""))
                .Add(Users, JObject.Parse("""{"sourcedId":"u2","givenName":"Bo","enabledUser":false}"""));
            var (_, client) = await StartAsync(new FakeServerOptions { StringBooleans = true }, district: district);

            var users = await client.Users.ToListAsync(q => q.OrderBy("sourcedId"));

            Assert.That(users.Select(u => u.EnabledUser), Is.EqualTo(new[] { "true", "false" }));
            Assert.That(JToken.FromObject(users[0].Metadata!)["vip"]!.ToString(), Is.EqualTo("false"));
        }

        [Test]
        public async Task SourcedIdPairs_as_a_single_object_still_gives_CreateAsync_the_allocated_id()
        {
            var (fake, client) = await StartAsync(new FakeServerOptions { SourcedIdPairs = SourcedIdPairsShape.SingleObject });

            var id = await client.Orgs.CreateAsync(new Org { Name = "Annex", Type = "school" });

            Assert.That(id, Is.Not.Empty);
            Assert.That((string?)fake.Data.FindRecord(Orgs, id)?["name"], Is.EqualTo("Annex"));
        }

        /// <summary>Lets the client be disposed with the fakes in tear-down.</summary>
        private sealed class ClientDisposal : IAsyncDisposable
        {
            private readonly OneRosterClient _client;

            public ClientDisposal(OneRosterClient client) => _client = client;

            public ValueTask DisposeAsync()
            {
                _client.Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
