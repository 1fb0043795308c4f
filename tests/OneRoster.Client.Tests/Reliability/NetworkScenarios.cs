using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Tests.Client;
using WireMock.ResponseBuilders;
using static OneRoster.Tests.Reliability.Calls;

namespace OneRoster.Tests.Reliability
{
    /// <summary>Refused connections, bodies cut or stalled half-way, slow bodies, an unresolvable token host.</summary>
    internal static class NetworkScenarios
    {
        private const string Area = "Network";
        private static readonly string UserBody = FakeProvider.UserJson("u1");

        /// <summary>Attempts time out after 1 s; one retry.</summary>
        private static void Impatient(OneRosterClientOptions o)
        {
            o.Timeout = TimeSpan.FromSeconds(1);
            o.Retry.MaxRetries = 1;
        }

        public static IEnumerable<ReliabilityScenario> All()
        {
            yield return new(Area, "connection-refused-get",
                "Retries the refused connection 3 times, then throws OneRosterException (Status 0) with the HttpRequestException inside.",
                run => GetUser("u1", o => o.BaseUrl = new Uri($"http://127.0.0.1:{RawHttpServer.UnusedPort()}/"))(run),
                Expected.Failure<OneRosterException>(noAnswer: true, apiRequests: 0, tokenRequests: 1),
                (run, outcome) =>
                {
                    Assert.That(outcome.Error!.InnerException, Is.InstanceOf<HttpRequestException>());
                    Assert.That(run.Logs.Collector.GetSnapshot().Count(r => r.Id.Name == "OneRosterAttemptFailed"), Is.EqualTo(4));
                });

            yield return new(Area, "connection-refused-stream",
                "A stream whose first page cannot connect yields nothing and throws OneRosterException (Status 0).",
                run => StreamUsers(10, o => o.BaseUrl = new Uri($"http://127.0.0.1:{RawHttpServer.UnusedPort()}/"))(run),
                Expected.Failure<OneRosterException>(noAnswer: true, apiRequests: 0, tokenRequests: 1));

            yield return new(Area, "malformed-chunk-wiremock",
                "WireMock's MALFORMED_RESPONSE_CHUNK fault (a 200 whose chunked body is garbage) is read whole and fails as OneRosterProtocolException (Status 200); a complete but wrong 2xx body is not retried.",
                After(run => run.Provider.WithSequence(FakeProvider.UserPath("u1"), "GET",
                        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(UserBody).WithFault(WireMock.ResponseBuilders.FaultType.MALFORMED_RESPONSE_CHUNK)),
                    GetUser("u1")),
                Expected.Failure<OneRosterProtocolException>(status: 200, apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "connection-closed-mid-body-once",
                "A connection closed after half the declared Content-Length is retried; the retry's record is returned.",
                RawApi((request, stream, ct) => request.Number == 1 ? HalfBodyThenClose(stream, ct) : RawHttpServer.WriteOk(stream, UserBody, ct), GetUser("u1")),
                Expected.Success(1, apiRequests: 2, tokenRequests: 1));

            yield return new(Area, "connection-closed-mid-body-always",
                "A connection always closed mid-body fails after 4 attempts with OneRosterException (Status 0).",
                RawApi((_, stream, ct) => HalfBodyThenClose(stream, ct), GetUser("u1")),
                Expected.Failure<OneRosterException>(noAnswer: true, apiRequests: 4, tokenRequests: 1));

            yield return new(Area, "stall-before-headers-always",
                "An answer slower than the attempt timeout is abandoned and retried; after the last attempt OneRosterTimeoutException.",
                RawApi((_, stream, ct) => Stall(ct), GetUser("u1", Impatient)),
                Expected.Failure<OneRosterTimeoutException>(noAnswer: true, apiRequests: 2, tokenRequests: 1));

            yield return new(Area, "stall-before-headers-once",
                "A first attempt that stalls is abandoned after the attempt timeout; the retry succeeds.",
                RawApi((request, stream, ct) => request.Number == 1 ? Stall(ct) : RawHttpServer.WriteOk(stream, UserBody, ct), GetUser("u1", Impatient)),
                Expected.Success(1, apiRequests: 2, tokenRequests: 1));

            yield return new(Area, "stall-mid-body",
                "Headers arrive, then the body stops: the attempt timeout covers the body too; retried, then OneRosterTimeoutException.",
                RawApi((_, stream, ct) => HalfBodyThenStall(stream, ct), GetUser("u1", Impatient)),
                Expected.Failure<OneRosterTimeoutException>(noAnswer: true, apiRequests: 2, tokenRequests: 1));

            yield return new(Area, "slow-trickle-within-timeout",
                "A body trickling in 10 pieces 20 ms apart is read completely: slow is not failed.",
                RawApi((_, stream, ct) => Trickle(stream, TimeSpan.FromMilliseconds(20), ct), GetUser("u1")),
                Expected.Success(1, apiRequests: 1, tokenRequests: 1));

            yield return new(Area, "slow-trickle-past-timeout",
                "A body trickling 10 pieces 250 ms apart outlasts the 1 s attempt timeout: retried, then OneRosterTimeoutException.",
                RawApi((_, stream, ct) => Trickle(stream, TimeSpan.FromMilliseconds(250), ct), GetUser("u1", Impatient)),
                Expected.Failure<OneRosterTimeoutException>(noAnswer: true, apiRequests: 2, tokenRequests: 1));

            yield return new(Area, "token-host-dns-failure",
                "A token host that does not resolve (.invalid, RFC 6761) fails with OneRosterAuthenticationException (Status 0, token endpoint failure); no API request.",
                GetUser("u1", o => o.TokenUrl = new Uri("https://oneroster-token.invalid/oauth2/token")),
                Expected.Failure<OneRosterAuthenticationException>(noAnswer: true, apiRequests: 0, tokenRequests: 0),
                (_, outcome) => Assert.That(((OneRosterAuthenticationException)outcome.Error!).IsTokenEndpointFailure, Is.True));

            yield return new(Area, "overall-timeout",
                "OverallTimeout (300 ms) ends a call whose single attempt is still waiting: OneRosterTimeoutException.",
                RawApi((_, stream, ct) => Stall(ct), GetUser("u1", o => o.OverallTimeout = TimeSpan.FromMilliseconds(300))),
                Expected.Failure<OneRosterTimeoutException>(noAnswer: true, apiRequests: 1, tokenRequests: 1));
        }

        /// <summary>The API on a raw socket server (tokens stay on WireMock).</summary>
        internal static Func<ScenarioRun, Task> RawApi(Func<RawRequest, System.IO.Stream, CancellationToken, Task<bool>> answer, Func<ScenarioRun, Task> act) =>
            async run =>
            {
                var server = run.Own(new RawHttpServer(answer));
                run.OtherServers.Add(() => server.Requests);
                run.ApiBaseUrl = server.BaseUrl;
                await act(run).ConfigureAwait(false);
            };

        private static async Task<bool> HalfBodyThenClose(System.IO.Stream stream, CancellationToken ct)
        {
            var body = Encoding.UTF8.GetBytes(UserBody);
            await stream.WriteAsync(RawHttpServer.Head(200, body.Length), ct).ConfigureAwait(false);
            await stream.WriteAsync(body.AsMemory(0, body.Length / 2), ct).ConfigureAwait(false);
            await stream.FlushAsync(ct).ConfigureAwait(false);
            return false;
        }

        private static async Task<bool> Stall(CancellationToken ct)
        {
            await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
            return false;
        }

        private static async Task<bool> HalfBodyThenStall(System.IO.Stream stream, CancellationToken ct)
        {
            var body = Encoding.UTF8.GetBytes(UserBody);
            await stream.WriteAsync(RawHttpServer.Head(200, body.Length), ct).ConfigureAwait(false);
            await stream.WriteAsync(body.AsMemory(0, body.Length / 2), ct).ConfigureAwait(false);
            await stream.FlushAsync(ct).ConfigureAwait(false);
            await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
            return false;
        }

        private static async Task<bool> Trickle(System.IO.Stream stream, TimeSpan gap, CancellationToken ct)
        {
            var body = Encoding.UTF8.GetBytes(UserBody);
            await stream.WriteAsync(RawHttpServer.Head(200, body.Length), ct).ConfigureAwait(false);
            var piece = (body.Length + 9) / 10;
            for (var start = 0; start < body.Length; start += piece)
            {
                await stream.WriteAsync(body.AsMemory(start, Math.Min(piece, body.Length - start)), ct).ConfigureAwait(false);
                await stream.FlushAsync(ct).ConfigureAwait(false);
                await Task.Delay(gap, ct).ConfigureAwait(false);
            }
            return true;
        }
    }
}
