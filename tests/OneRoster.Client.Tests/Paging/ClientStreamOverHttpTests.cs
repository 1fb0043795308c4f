using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Tests.Client;
using OneRoster.Tests.Reliability;
using WireMock.RequestBuilders;

namespace OneRoster.Tests.Paging
{
    /// <summary>
    /// Streams through the whole client — prefetching with MaxConcurrency 4, answers buffered and held for
    /// their turn by the handler chain — over HTTP (WireMock): failures in page order, cancellation, and the
    /// same behaviour from a client built by dependency injection.
    /// </summary>
    public class ClientStreamOverHttpTests
    {
        private const int PageSize = 100;

        [TestCase(1)]
        [TestCase(4)]
        public void A_failure_on_page_7_of_10_surfaces_after_the_first_6_pages_were_yielded(int concurrency)
        {
            using var provider = new FakeProvider().WithTokens();
            var users = new UserCollection(1000) { SendTotal = true }.Install(provider);
            provider.Server.Given(Request.Create().WithPath(FakeProvider.UsersPath).WithParam("offset", "600").UsingGet())
                .RespondWith(FakeProvider.Status(400, "{\"imsx_codeMajor\":\"failure\",\"imsx_description\":\"page 7 refused\"}"));
            using var client = provider.CreateClient(o => { o.PageSize = PageSize; o.MaxConcurrency = concurrency; });
            var read = new List<string?>();

            var error = Assert.ThrowsAsync<OneRosterValidationException>(async () =>
            {
                await foreach (var user in client.Users.StreamAsync())
                {
                    read.Add(user.SourcedId);
                }
            });

            Assert.That(error!.Status, Is.EqualTo(400));
            Assert.That(read, Is.EqualTo(users.Ids.Take(600)), "the six pages before the failure, in order, and nothing after it");
        }

        [Test]
        public void Cancelling_mid_stream_stops_with_the_callers_token_and_no_record_after_it()
        {
            using var provider = new FakeProvider().WithTokens();
            new UserCollection(1000) { SendTotal = true }.Install(provider);
            using var client = provider.CreateClient(o => { o.PageSize = PageSize; o.MaxConcurrency = 4; });
            using var cancellation = new CancellationTokenSource();
            var read = 0;

            var error = Assert.ThrowsAsync<OperationCanceledException>(async () =>
            {
                await foreach (var _ in client.Users.StreamAsync(cancellationToken: cancellation.Token))
                {
                    if (++read == 250)
                    {
                        cancellation.Cancel();
                    }
                }
            });

            Assert.That(error!.CancellationToken, Is.EqualTo(cancellation.Token));
            Assert.That(read, Is.EqualTo(250));
            Assert.That(provider.Count(FakeProvider.UsersPath), Is.LessThanOrEqualTo(3 + 4), "pages taken plus at most MaxConcurrency ahead");
        }

        [Test]
        public async Task A_client_from_dependency_injection_streams_every_record_once_in_order_with_prefetching()
        {
            using var provider = new FakeProvider().WithTokens();
            var users = new UserCollection(1000) { SendTotal = true }.Install(provider);
            var services = new ServiceCollection();
            services.AddOneRosterClient(o =>
            {
                var defaults = provider.Options();
                o.BaseUrl = defaults.BaseUrl;
                o.TokenUrl = defaults.TokenUrl;
                o.ClientId = defaults.ClientId;
                o.ClientSecret = defaults.ClientSecret;
                o.PageSize = PageSize;
                o.MaxConcurrency = 4;
            });
            await using var container = services.BuildServiceProvider();
            var client = container.GetRequiredService<OneRosterClient>();

            var read = new List<string?>();
            await foreach (var user in client.Users.StreamAsync())
            {
                read.Add(user.SourcedId);
            }

            Assert.That(read, Is.EqualTo(users.Ids));
            Assert.That(provider.Count(FakeProvider.UsersPath), Is.EqualTo(10));
        }
    }
}
