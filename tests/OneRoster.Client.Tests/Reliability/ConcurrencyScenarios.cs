using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OneRoster.Tests.Client;
using WireMock.RequestBuilders;

namespace OneRoster.Tests.Reliability
{
    /// <summary>Hundreds of calls over one client: one token, answers matched to requests, no deadlock.</summary>
    internal static class ConcurrencyScenarios
    {
        private const string Area = "Concurrency";
        private const int Callers = 200;

        public static IEnumerable<ReliabilityScenario> All()
        {
            yield return new(Area, "200-concurrent-gets",
                "200 simultaneous reads of 200 ids over one client: one token fetch, each answer carries its own request's id.",
                async run =>
                {
                    EchoUsers.Install(run.Provider);
                    var client = run.Client();
                    await Task.WhenAll(Enumerable.Range(0, Callers).Select(async i =>
                    {
                        var user = await client.Users.GetAsync($"u-{i}");
                        run.Yield(user.SourcedId == $"u-{i}" ? user.SourcedId : $"cross-talk {i} got {user.SourcedId}");
                    }));
                },
                Expected.Success(Callers, apiRequests: Callers, tokenRequests: 1),
                (run, _) => Assert.That(run.Records.Where(r => r.StartsWith("cross-talk", StringComparison.Ordinal)), Is.Empty));

            yield return new(Area, "200-concurrent-streams",
                "200 simultaneous streams (3 pages each) over one client: one token fetch, each stream gets all 25 records in order.",
                async run =>
                {
                    new UserCollection(25) { SendTotal = true }.Install(run.Provider);
                    var client = run.Client();
                    var expected = new UserCollection(25).Ids;
                    await Task.WhenAll(Enumerable.Range(0, Callers).Select(async i =>
                    {
                        var ids = new List<string>();
                        await foreach (var user in client.Users.StreamAsync(q => q.Limit(10)))
                        {
                            ids.Add(user.SourcedId!);
                        }
                        run.Yield(ids.SequenceEqual(expected) ? $"stream {i} complete" : $"stream {i} wrong: {string.Join(",", ids)}");
                    }));
                },
                Expected.Success(Callers, apiRequests: Callers * 3, tokenRequests: 1),
                (run, _) => Assert.That(run.Records.Where(r => r.Contains("wrong", StringComparison.Ordinal)), Is.Empty));

            yield return new(Area, "200-cold-callers-slow-token",
                "200 first calls at once while the token endpoint takes 300 ms: single-flight, exactly one token request.",
                async run =>
                {
                    run.Provider.WithTokens(delay: TimeSpan.FromMilliseconds(300));
                    EchoUsers.Install(run.Provider);
                    var client = run.Client();
                    await Task.WhenAll(Enumerable.Range(0, Callers).Select(async i => run.Yield((await client.Users.GetAsync($"c-{i}")).SourcedId)));
                },
                Expected.Success(Callers, apiRequests: Callers, tokenRequests: 1))
            { StandardTokens = false };

            yield return new(Area, "token-expiry-under-load",
                "200 reads, the token expires (fake clock), 200 more: exactly one token fetch per expiry (2 in all).",
                async run =>
                {
                    var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
                    EchoUsers.Install(run.Provider);
                    var client = run.Client(o => o.TimeProvider = clock);
                    await Task.WhenAll(Enumerable.Range(0, Callers).Select(async i => run.Yield((await client.Users.GetAsync($"a-{i}")).SourcedId)));
                    clock.Advance(TimeSpan.FromHours(1));
                    await Task.WhenAll(Enumerable.Range(0, Callers).Select(async i => run.Yield((await client.Users.GetAsync($"b-{i}")).SourcedId)));
                },
                Expected.Success(2 * Callers, apiRequests: 2 * Callers, tokenRequests: 2));

            yield return new(Area, "401-storm",
                "The provider revokes token 1 while 200 reads are in flight: each is resent once, all with token 2; one refresh in all.",
                async run =>
                {
                    EchoUsers.Install(run.Provider);
                    run.Provider.Server.Given(Request.Create().WithPath(FakeProvider.UsersPath + "/*").WithHeader("Authorization", "Bearer " + FakeProvider.AccessToken(1)))
                        .AtPriority(1).RespondWith(FakeProvider.Status(401));
                    var client = run.Client();
                    await Task.WhenAll(Enumerable.Range(0, Callers).Select(async i => run.Yield((await client.Users.GetAsync($"s-{i}")).SourcedId)));
                },
                Expected.Success(Callers, apiRequests: 2 * Callers, tokenRequests: 2));

            yield return new(Area, "connections-under-fan-out",
                "200 simultaneous reads to a provider that takes 50 ms: all answered; the client does not cap connections per server (SocketsHttpHandler default), so up to 200 open at once.",
                async run =>
                {
                    var server = run.Own(new RawHttpServer(async (_, stream, ct) =>
                    {
                        await Task.Delay(50, ct);
                        return await RawHttpServer.WriteOk(stream, FakeProvider.UserJson("u1"), ct);
                    }));
                    run.OtherServers.Add(() => server.Requests);
                    run.ApiBaseUrl = server.BaseUrl;
                    var client = run.Client();
                    await Task.WhenAll(Enumerable.Range(0, Callers).Select(async i =>
                    {
                        await client.Users.GetAsync("u1");
                        run.Yield($"call {i}");
                    }));
                    run.Notes.Enqueue($"{server.Connections} connections opened, at most {server.MaxOpenConnections} at once");
                },
                Expected.Success(Callers, apiRequests: Callers, tokenRequests: 1));
        }
    }
}
