using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using OneRoster.Errors;
using OneRoster.Query;
using OneRoster.Testing;
using OneRoster.Tests.Client;
using static OneRoster.Tests.Reliability.Calls;

namespace OneRoster.Tests.Reliability
{
    /// <summary>Ids, filters, paging numbers and options a caller (or an attacker behind one) can get wrong.</summary>
    internal static class HostileInputScenarios
    {
        private const string Area = "Hostile input";

        public static IEnumerable<ReliabilityScenario> All()
        {
            foreach (var (name, id, raw) in new[]
                     {
                         ("id-with-slash", "a/b", "a%2Fb"),
                         ("id-dot-dot-slash", "../admin", "..%2Fadmin"),
                         ("id-encoded-dots", "%2e%2e", "%252e%252e"),
                         ("id-encoded-slash", "x%2Fy", "x%252Fy"),
                         ("id-backslash", "a\\..\\b", "a%5C..%5Cb"),
                         ("id-query-and-fragment", "u1?role=admin#x", "u1%3Frole%3Dadmin%23x"),
                         ("id-unicode", "ü-用户-😀", "%C3%BC-%E7%94%A8%E6%88%B7-%F0%9F%98%80"),
                     })
            {
                yield return new(Area, name,
                    $"The id `{id.Replace("\\", "\\\\", StringComparison.Ordinal)}` travels percent-encoded inside one path segment (`{raw}`); the provider sees exactly that id.",
                    NetworkScenarios.RawApi(EchoUsers.Answer, GetUser(id)),
                    Expected.Success(1, apiRequests: 1, tokenRequests: 1),
                    (run, _) => Assert.That(run.Records, Is.EqualTo(new[] { id + " via " + FakeProvider.UsersPath + "/" + raw })));
            }

            foreach (var (name, id) in new[] { ("id-dot-dot", ".."), ("id-dot", "."), ("id-blank", "  "), ("id-empty", "") })
            {
                yield return new(Area, name,
                    $"The id '{id}' would change the endpoint (URI normalisation, or list all users): ArgumentException before any request.",
                    GetUser(id),
                    Expected.Failure<ArgumentException>(apiRequests: 0, tokenRequests: 0));
            }

            foreach (var (name, value) in new[]
                     {
                         ("filter-value-with-quote", "O'Brien"),
                         ("filter-value-injecting-or", "x' OR familyName='plain"),
                         ("filter-value-with-and-text", "Ann AND Bob"),
                         ("filter-value-with-doubled-quote", "a''b"),
                     })
            {
                yield return new(Area, name,
                    $"Filtering familyName = `{value}` against the fake provider returns exactly the one record with that name; the text is a value, never syntax.",
                    run => FilterAgainstFake(run, value),
                    Expected.Success(1),
                    (run, _) => Assert.That(run.Records, Is.EqualTo(new[] { "has:" + value })));
            }

            yield return new(Area, "enormous-limit",
                "limit int.MaxValue is sent as asked; the provider's cap decides the page (here 10 of 25), and the page says more remain.",
                After(run => new UserCollection(25) { Cap = 10 }.Install(run.Provider), ListUsers(q => q.Limit(int.MaxValue))),
                Expected.Success(10, apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "negative-offset",
                "A negative offset is refused by the query builder: ArgumentOutOfRangeException, nothing sent.",
                After(run => new UserCollection(25).Install(run.Provider), ListUsers(q => q.Offset(-1))),
                Expected.Failure<ArgumentOutOfRangeException>(apiRequests: 0, tokenRequests: 0));

            yield return new(Area, "negative-limit",
                "A negative limit is refused by the query builder: ArgumentOutOfRangeException, nothing sent.",
                After(run => new UserCollection(25).Install(run.Provider), ListUsers(q => q.Limit(-5))),
                Expected.Failure<ArgumentOutOfRangeException>(apiRequests: 0, tokenRequests: 0));

            yield return new(Area, "zero-limit",
                "limit 0 is refused by the query builder: ArgumentOutOfRangeException, nothing sent.",
                After(run => new UserCollection(25).Install(run.Provider), ListUsers(q => q.Limit(0))),
                Expected.Failure<ArgumentOutOfRangeException>(apiRequests: 0, tokenRequests: 0));

            foreach (var (name, configure) in new (string, Action<OneRosterClientOptions>)[]
                     {
                         ("http-public-base-url", o => o.BaseUrl = new Uri("http://api.example.com/")),
                         ("http-public-token-url", o => o.TokenUrl = new Uri("http://auth.example.com/oauth2/token")),
                         ("missing-client-id", o => o.ClientId = null),
                         ("blank-client-secret", o => o.ClientSecret = "   "),
                         ("missing-client-secret", o => o.ClientSecret = null),
                         ("user-info-in-base-url", o => o.BaseUrl = new Uri("https://user:pw@api.example.com/")),
                     })
            {
                yield return new(Area, name,
                    "Refused when the client is built: OneRosterConfigurationException naming the option; no request, and the secret is not in the message or options.ToString().",
                    run =>
                    {
                        var options = run.Options(configure);
                        run.Texts.Enqueue(options.ToString());
                        run.Own(new OneRosterClient(options));
                        return Task.CompletedTask;
                    },
                    Expected.Failure<OneRosterConfigurationException>(apiRequests: 0, tokenRequests: 0));
            }

            yield return new(Area, "http-public-base-url-allowed",
                "With AllowInsecureHttp the same http:// URL is accepted (the caller's explicit choice); nothing is sent until a call.",
                run =>
                {
                    run.Own(new OneRosterClient(run.Options(o => { o.BaseUrl = new Uri("http://api.example.com/"); o.AllowInsecureHttp = true; })));
                    return Task.CompletedTask;
                },
                Expected.Success(0, apiRequests: 0, tokenRequests: 0));
        }

        /// <summary>Four users on the fake provider, one of them named <paramref name="value"/>; filter on it.</summary>
        private static async Task FilterAgainstFake(ScenarioRun run, string value)
        {
            var district = FakeDistrict.Empty;
            foreach (var (id, family) in new[] { ("has:" + value, value), ("obrien", "O'Brien"), ("plain", "plain"), ("ann", "Ann"), ("x", "x") }.DistinctBy(p => p.Item2))
            {
                district = district.Add("users", new JObject { ["sourcedId"] = id, ["status"] = "active", ["familyName"] = family, ["givenName"] = "G" });
            }
            var fake = run.Own(await OneRosterFakeServer.StartAsync(district));
            run.Secrets.Add(fake.ClientSecret);
            var options = fake.CreateClientOptions();
            options.LoggerFactory = run.LoggerFactory;
            var client = run.Own(new OneRosterClient(options));
            await run.Drain(client.Users.StreamAsync(q => q.Where(Filter.Field("familyName").EqualTo(value))), u => u.SourcedId);
        }
    }
}
