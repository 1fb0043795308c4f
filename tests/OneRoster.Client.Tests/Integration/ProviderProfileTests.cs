using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Testing;
using static OneRoster.Testing.FakeCollections;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// Each provider preset against the fake speaking the same profile (<see cref="FakeServerOptions.For"/>): the
    /// streams complete, go to the profile's paths, and stop on the profile's total without an extra request.
    /// </summary>
    [TestFixture]
    [Parallelizable(ParallelScope.None)]
    public class ProviderProfileTests
    {
        private const int PageSize = 25;

        private static IEnumerable<TestCaseData> Presets()
        {
            yield return new TestCaseData(OneRosterProvider.Standard, new FakeServerOptions()).SetArgDisplayNames("Standard");
            yield return new TestCaseData(OneRosterProvider.Timeback, FakeServerOptions.Timeback()).SetArgDisplayNames("Timeback");
            yield return new TestCaseData(OneRosterProvider.TimebackPlatform, FakeServerOptions.TimebackPlatform()).SetArgDisplayNames("TimebackPlatform");
            yield return new TestCaseData(OneRosterProvider.EdFi, FakeServerOptions.For(OneRosterProvider.EdFi)).SetArgDisplayNames("EdFi");
            yield return new TestCaseData(OneRosterProvider.InfiniteCampus, FakeServerOptions.For(OneRosterProvider.InfiniteCampus)).SetArgDisplayNames("InfiniteCampus");
            yield return new TestCaseData(OneRosterProvider.ClassLink, FakeServerOptions.For(OneRosterProvider.ClassLink)).SetArgDisplayNames("ClassLink");
        }

        [TestCaseSource(nameof(Presets))]
        public async Task Streams_of_users_classes_and_enrollments_complete_under_the_profile(OneRosterProvider provider, FakeServerOptions fakeOptions)
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 120), fakeOptions);
            var options = fake.CreateClientOptions();
            options.Provider = provider;
            options.PageSize = PageSize;
            using var client = new OneRosterClient(options);

            await AssertComplete(fake, Users, client.Users.ToListAsync(), u => u.SourcedId);
            await AssertComplete(fake, Classes, client.Classes.ToListAsync(), c => c.SourcedId);
            await AssertComplete(fake, Enrollments, client.Enrollments.ToListAsync(), e => e.SourcedId);

            var api = fake.RequestLog.Where(r => r.OperationId != "token").ToList();
            Assert.That(api.Select(r => r.PathAndQuery), Has.All.StartWith("/" + provider.ServicePaths.Rostering + "/"), "every request under the profile's rostering root");
            // The stop rule: with a total (header or the profile's body field) the stream ends when the records reach
            // it, so a collection of n records takes ceil(n / page) requests and no empty page after them.
            var users = fake.Data.RecordObjects(Users).Count();
            Assert.That(api.Count(r => r.OperationId == "getAllUsers"), Is.EqualTo((users + PageSize - 1) / PageSize));
        }

        private static async Task AssertComplete<T>(OneRosterFakeServer fake, string collection, Task<List<T>> streamed, Func<T, string?> id)
        {
            var ids = (await streamed).Select(id).ToList();
            Assert.That(ids, Is.Unique, collection);
            Assert.That(ids, Is.EquivalentTo(DistrictSnapshot.Ids(fake.Data.RecordObjects(collection))), collection);
        }

        [TestCase("TimebackPlatform", 10)]
        [TestCase("EdFi", 10)]
        public async Task A_fake_of_the_profile_serves_its_default_page_when_no_limit_is_sent(string preset, int defaultPage)
        {
            var provider = OneRosterProvider.Parse(preset);
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 30), FakeServerOptions.For(provider));
            using var http = new System.Net.Http.HttpClient();
            using var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, new Uri(fake.BaseUrl, provider.ServicePaths.Rostering + "/users"));
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", fake.IssueAccessToken());

            using var response = await http.SendAsync(request);
            var users = (Newtonsoft.Json.Linq.JArray)Newtonsoft.Json.Linq.JObject.Parse(await response.Content.ReadAsStringAsync())["users"]!;

            Assert.That(provider.DefaultPageSize, Is.EqualTo(defaultPage));
            Assert.That(users, Has.Count.EqualTo(defaultPage));
        }

        [Test]
        public async Task A_request_rate_spaces_the_requests_of_all_streams_of_a_client()
        {
            // Only a lower bound on elapsed time is asserted, which a slow machine cannot break: n requests at 5 per
            // second cannot all have been answered before n - 2 token periods have passed since the streams started
            // (the first token is there at once, the first period may be partly gone).
            const double perSecond = 5;
            const int streams = 4, pagesEach = 2;
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 30), new FakeServerOptions());
            var answered = new List<TimeSpan>();
            var clock = new System.Diagnostics.Stopwatch();
            fake.RequestLog.Answered += r =>
            {
                if (r.OperationId != "token")
                {
                    lock (answered)
                    {
                        answered.Add(clock.Elapsed);
                    }
                }
            };
            var options = fake.CreateClientOptions();
            options.Provider = OneRosterProvider.Standard with { MaxRequestsPerSecond = perSecond };
            using var client = new OneRosterClient(options);

            clock.Start();
            var pages = await Task.WhenAll(Enumerable.Range(0, streams).Select(_ => client.Users.ToListAsync(q => q.Limit(1), maxItems: pagesEach)));

            Assert.That(pages.Select(p => p.Count), Has.All.EqualTo(pagesEach));
            Assert.That(answered, Has.Count.GreaterThanOrEqualTo(streams * pagesEach));
            Assert.That(answered.Max(), Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds((answered.Count - 2) / perSecond)), string.Join(" ", answered.Select(a => a.TotalMilliseconds.ToString("F0"))));
        }

        [Test]
        public async Task Timeback_Platform_total_in_the_body_is_read_without_a_header()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 30), FakeServerOptions.TimebackPlatform());
            var options = fake.CreateClientOptions();
            options.Provider = OneRosterProvider.TimebackPlatform;
            using var client = new OneRosterClient(options);

            var page = await client.Users.ListAsync(q => q.Limit(10));

            Assert.That(page.TotalCount, Is.EqualTo(fake.Data.RecordObjects(Users).Count()));
            Assert.That(page.HasMore, Is.True);
            Assert.That(fake.TokenUrl.AbsolutePath, Is.EqualTo("/auth/1.0/token"));
            Assert.That(fake.RequestLog.Single(r => r.OperationId == "getAllUsers").PathAndQuery, Does.StartWith("/rostering/1.0/users?"));
        }

        [Test]
        public async Task Concurrency_limit_5_holds_across_20_parallel_streams()
        {
            var fakeOptions = FakeServerOptions.For(OneRosterProvider.InfiniteCampus);
            fakeOptions.Latency = TimeSpan.FromMilliseconds(20);
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 200), fakeOptions);
            var options = fake.CreateClientOptions();
            options.Provider = OneRosterProvider.InfiniteCampus;
            options.PageSize = 10;
            options.MaxConcurrency = 4;
            using var client = new OneRosterClient(options);
            var expected = fake.Data.RecordObjects(Users).Count();

            var counts = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ => (await client.Users.ToListAsync()).Count));

            Assert.That(counts, Has.All.EqualTo(expected));
            Assert.That(fake.MaxRequestsInFlight, Is.LessThanOrEqualTo(5));
            Assert.That(fake.MaxRequestsInFlight, Is.EqualTo(5), "20 streams of 4 keep every slot busy");
        }

        [Test]
        public async Task Without_a_limit_the_same_streams_put_more_than_5_requests_in_flight()
        {
            // The control for the test above: the fake's counter sees what the limit prevents.
            var fakeOptions = new FakeServerOptions { Latency = TimeSpan.FromMilliseconds(20) };
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 200), fakeOptions);
            var options = fake.CreateClientOptions();
            options.PageSize = 10;
            options.MaxConcurrency = 4;
            using var client = new OneRosterClient(options);

            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.Users.ToListAsync()));

            Assert.That(fake.MaxRequestsInFlight, Is.GreaterThan(5));
        }

        [Test]
        public async Task Infinite_Campus_vendor_header_goes_to_gradebook_only()
        {
            var provider = OneRosterProvider.InfiniteCampus.WithVendorAuthorization("vendor-key", "vendor-secret");
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 30), FakeServerOptions.For(provider));
            var options = fake.CreateClientOptions();
            options.Provider = provider;
            using var client = new OneRosterClient(options);

            var lineItems = await client.LineItems.ToListAsync();
            var users = await client.Users.ToListAsync();

            Assert.That(lineItems.Count, Is.EqualTo(fake.Data.RecordObjects(LineItems).Count()));
            Assert.That(users, Is.Not.Empty);
            Assert.That(fake.RequestLog.Where(r => r.OperationId != "token").Select(r => r.PathAndQuery), Has.All.StartWith("/campus/api/ims/oneroster/"));
            Assert.That(provider.ToString(), Does.Not.Contain("vendor-secret"));

            options.Provider = OneRosterProvider.InfiniteCampus;
            using var withoutHeader = new OneRosterClient(options);
            Assert.ThrowsAsync<OneRosterAuthenticationException>(async () => await withoutHeader.LineItems.ToListAsync());
        }

        [TestCase("timeback-platform", "TimebackPlatform")]
        [TestCase("InfiniteCampus", "InfiniteCampus")]
        [TestCase("classlink", "ClassLink")]
        [TestCase("STANDARD", "Standard")]
        public void ONEROSTER_PROVIDER_selects_the_preset(string value, string expected)
        {
            var options = OneRosterClientOptions.FromEnvironmentVariables(name => name == OneRosterClientOptions.ProviderVariable ? value : null);

            Assert.That(options.Provider?.Name, Is.EqualTo(expected));
        }

        [Test]
        public void ONEROSTER_PROVIDER_with_an_unknown_name_lists_the_presets()
        {
            var error = Assert.Throws<OneRosterConfigurationException>(() =>
                OneRosterClientOptions.FromEnvironmentVariables(name => name == OneRosterClientOptions.ProviderVariable ? "nope" : null));

            Assert.That(error!.Message, Does.Contain("TimebackPlatform").And.Contain("InfiniteCampus"));
        }

        [Test]
        public void Timeback_Platform_environments_pick_the_platform_profile()
        {
            var options = new OneRosterClientOptions { Environment = OneRosterEnvironment.TimebackPlatformStaging };

            Assert.That(options.ResolvedProvider, Is.SameAs(OneRosterProvider.TimebackPlatform));
            Assert.That(options.ResolvedTokenUrl, Is.EqualTo(new Uri("https://platform.dev.timeback.com/auth/1.0/token")));
            Assert.That(OneRosterEnvironment.Parse("timebackplatformproduction").BaseUrl, Is.EqualTo(new Uri("https://platform.timeback.com/")));
            Assert.That(new OneRosterClientOptions { Environment = OneRosterEnvironment.Staging }.ResolvedProvider, Is.SameAs(OneRosterProvider.Timeback));
        }
    }
}
