using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Tests.Client;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static OneRoster.Tests.Reliability.Calls;

namespace OneRoster.Tests.Reliability
{
    /// <summary>Streams over a collection whose pages fail, change, cap or ignore the paging parameters.</summary>
    internal static class PagingScenarios
    {
        private const string Area = "Paging under faults";

        /// <summary>One page at a time, so the request count is exact.</summary>
        private static void Sequential(OneRosterClientOptions o) => o.MaxConcurrency = 1;

        public static IEnumerable<ReliabilityScenario> All()
        {
            foreach (var (name, fault) in new (string, IResponseBuilder)[]
                     {
                         ("middle-page-503-then-ok", FakeProvider.Status(503)),
                         ("middle-page-502-then-ok", FakeProvider.Status(502)),
                         ("middle-page-429-retry-after-0-then-ok", FakeProvider.Status(429, null, ("Retry-After", "0"))),
                     })
            {
                yield return new(Area, name,
                    "The failed middle page is retried in place; every record arrives exactly once, in order.",
                    After(run =>
                        {
                            new UserCollection(25) { SendTotal = true }.Install(run.Provider);
                            FailPage(run, offset: 10, fault, once: true);
                        },
                        StreamUsers(10)),
                    Expected.Success(25, apiRequests: 4, tokenRequests: 1),
                    (run, _) => Assert.That(run.Records, Is.EqualTo(new UserCollection(25).Ids)));
            }

            yield return new(Area, "middle-page-fails-past-retries",
                "The records of the pages before the failure are yielded, then OneRosterServerException: never a silently shorter stream.",
                After(run =>
                    {
                        new UserCollection(25) { SendTotal = true }.Install(run.Provider);
                        FailPage(run, offset: 10, FakeProvider.Status(503), once: false);
                    },
                    StreamUsers(10, Sequential)),
                Expected.Failure<OneRosterServerException>(status: 503, records: 10, apiRequests: 5, tokenRequests: 1));

            yield return new(Area, "record-inserted-before-cursor",
                "A record inserted ahead of the cursor shifts one record into the next page; the repeat is dropped, nothing already listed is lost (the new record is not seen: offset paging).",
                After(run => new UserCollection(25) { BeforeAnswer = (call, ids) => { if (call == 2) ids.Insert(0, "u000"); } }.Install(run.Provider),
                    StreamUsers(10, Sequential)),
                Expected.Success(25, apiRequests: 4, tokenRequests: 1),
                (run, _) => Assert.That(run.Records, Is.EqualTo(new UserCollection(25).Ids)));

            yield return new(Area, "record-deleted-before-cursor",
                "A record deleted behind the cursor shifts the next one back a page: offset paging cannot see it (u011 missed); no duplicate, no error.",
                After(run => new UserCollection(25) { BeforeAnswer = (call, ids) => { if (call == 2) ids.Remove("u001"); } }.Install(run.Provider),
                    StreamUsers(10, Sequential)),
                Expected.Success(24, apiRequests: 4, tokenRequests: 1),
                (run, _) => Assert.That(run.Records, Does.Not.Contain("u011")));

            yield return new(Area, "record-appended-during-stream",
                "A record appended at the end while streaming is picked up (the stream runs until an empty page).",
                After(run => new UserCollection(25) { BeforeAnswer = (call, ids) => { if (call == 2) ids.Add("u026"); } }.Install(run.Provider),
                    StreamUsers(10, Sequential)),
                Expected.Success(26, apiRequests: 4, tokenRequests: 1));

            yield return new(Area, "limit-capped-silently",
                "Asked for 50, served 10: the stream continues from offset + 10 and gets all 35 records.",
                After(run => new UserCollection(35) { Cap = 10 }.Install(run.Provider), StreamUsers(50, Sequential)),
                Expected.Success(35, apiRequests: 5, tokenRequests: 1),
                (run, _) => Assert.That(run.Records, Is.EqualTo(new UserCollection(35).Ids)));

            yield return new(Area, "offset-ignored",
                "A provider that ignores offset repeats page 1: the first 10 records, then OneRosterProtocolException naming the offset (no loop; 2 pages, at most one more prefetched).",
                After(run => new UserCollection(25) { IgnoreOffset = true }.Install(run.Provider), StreamUsers(10, Sequential)),
                Expected.Failure<OneRosterProtocolException>(records: 10, tokenRequests: 1),
                (run, _) => Assert.That(run.ApiRequests, Is.InRange(2, 3), "two pages, at most one prefetched"));

            yield return new(Area, "total-reached-exactly",
                "X-Total-Count 30 with full pages of 10: three requests, no extra empty page.",
                After(run => new UserCollection(30) { SendTotal = true }.Install(run.Provider), StreamUsers(10)),
                Expected.Success(30, apiRequests: 3, tokenRequests: 1));

            yield return new(Area, "empty-collection",
                "An empty collection: one request, no records.",
                After(run => new UserCollection(0).Install(run.Provider), StreamUsers(10)),
                Expected.Success(0, apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "max-items-mid-page",
                "maxItems 15 stops after 15 records (2 pages; at most one more prefetched).",
                After(run => new UserCollection(40).Install(run.Provider),
                    run => run.Drain(run.Client(Sequential).Users.StreamAsync(q => q.Limit(10), maxItems: 15), u => u.SourcedId)),
                Expected.Success(15, tokenRequests: 1),
                (run, _) => Assert.That(run.ApiRequests, Is.InRange(2, 3), "two pages, at most one prefetched"));
        }

        /// <summary>The page at <paramref name="offset"/> answers <paramref name="fault"/> (once, or always).</summary>
        internal static void FailPage(ScenarioRun run, int offset, IResponseBuilder fault, bool once)
        {
            var given = run.Provider.Server.Given(Request.Create().WithPath(FakeProvider.UsersPath).UsingGet()
                    .WithParam("offset", offset.ToString(CultureInfo.InvariantCulture)))
                .AtPriority(1);
            if (once)
            {
                given.InScenario("page-fault").WillSetStateTo("served").RespondWith(fault);
            }
            else
            {
                given.RespondWith(fault);
            }
        }
    }
}
