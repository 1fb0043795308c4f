using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Rostering;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace OneRoster.Tests.Client
{
    /// <summary>
    /// A OneRoster provider and its token endpoint on one WireMock server (ephemeral loopback port).
    /// The token endpoint hands out <c>access-token-1</c>, <c>access-token-2</c>, ... so tests can tell
    /// which token a request carried.
    /// </summary>
    internal sealed class FakeProvider : IDisposable
    {
        public const string ClientId = "test-client-id";
        public const string ClientSecret = "s3cr3t-9b1f-do-not-leak";
        public const string TokenPath = "/oauth2/token";
        public const string UsersPath = "/ims/oneroster/rostering/v1p2/users";

        private int _tokensIssued;

        public FakeProvider()
        {
            Server = WireMockServer.Start();
        }

        public WireMockServer Server { get; }

        public Uri BaseUrl => new(Server.Url!);

        public Uri TokenUrl => new(Server.Url + TokenPath);

        public int TokensIssued => Volatile.Read(ref _tokensIssued);

        /// <summary>Fast retries (a few ms) so tests never sleep.</summary>
        public OneRosterClientOptions Options(Action<OneRosterClientOptions>? configure = null)
        {
            var options = new OneRosterClientOptions
            {
                BaseUrl = BaseUrl,
                TokenUrl = TokenUrl,
                ClientId = ClientId,
                ClientSecret = ClientSecret,
                Timeout = TimeSpan.FromSeconds(10),
                OverallTimeout = TimeSpan.FromSeconds(30),
                Retry = new OneRosterRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(2), MaxDelay = TimeSpan.FromMilliseconds(20) },
            };
            configure?.Invoke(options);
            return options;
        }

        public OneRosterClient CreateClient(Action<OneRosterClientOptions>? configure = null) => new(Options(configure));

        /// <summary>The token endpoint issues numbered tokens valid for <paramref name="expiresIn"/> seconds (null: no expires_in).</summary>
        public FakeProvider WithTokens(int? expiresIn = 3600, TimeSpan? delay = null)
        {
            var response = Response.Create().WithCallback(_ =>
            {
                var n = Interlocked.Increment(ref _tokensIssued);
                var lifetime = expiresIn is { } seconds ? $",\"expires_in\":{seconds}" : string.Empty;
                return Json(200, $"{{\"access_token\":\"{AccessToken(n)}\",\"token_type\":\"Bearer\"{lifetime}}}");
            });
            // WireMock's own delay awaits; sleeping in the callback held a thread-pool thread of the test process for the
            // whole delay, and the client's timeout timers (which need one) fired late: a 1 s timeout against a 2.5 s
            // token answer then let the token through.
            Server.Given(Request.Create().WithPath(TokenPath).UsingPost())
                .RespondWith(delay is { } wait ? response.WithDelay(wait) : response);
            return this;
        }

        public static string AccessToken(int n) => $"access-token-{n}-e7c2";

        public static string UserPath(string id) => UsersPath + "/" + id;

        public static string UserJson(string id) => $"{{\"user\":{{\"sourcedId\":\"{id}\",\"status\":\"active\",\"givenName\":\"Ada\"}}}}";

        /// <summary>GET /users/{id} answers 200 with a user.</summary>
        public FakeProvider WithUser(string id)
        {
            Server.Given(Request.Create().WithPath(UserPath(id)).UsingGet())
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(UserJson(id)));
            return this;
        }

        /// <summary>
        /// Requests to <paramref name="path"/> get the answers in turn; the last one repeats.
        /// </summary>
        public FakeProvider WithSequence(string path, string method, params IResponseBuilder[] answers)
        {
            if (answers.Length == 1)
            {
                Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(answers[0]);
                return this;
            }
            var scenario = "seq:" + method + path;
            for (var i = 0; i < answers.Length; i++)
            {
                var request = Request.Create().WithPath(path).UsingMethod(method);
                var given = Server.Given(request).InScenario(scenario);
                if (i > 0)
                {
                    given = given.WhenStateIs("step" + i);
                }
                if (i < answers.Length - 1)
                {
                    given.WillSetStateTo("step" + (i + 1)).RespondWith(answers[i]);
                }
                else
                {
                    given.RespondWith(answers[i]);
                }
            }
            return this;
        }

        public static IResponseBuilder Status(int status, string? body = null, params (string Name, string Value)[] headers)
        {
            var response = Response.Create().WithStatusCode(status);
            if (body is not null)
            {
                response = response.WithHeader("Content-Type", body.TrimStart().StartsWith('<') ? "text/html" : "application/json").WithBody(body);
            }
            foreach (var (name, value) in headers)
            {
                response = response.WithHeader(name, value);
            }
            return response;
        }

        public static IResponseBuilder Ok(string id) => Status(200, UserJson(id));

        /// <summary>A 200 JSON answer sent gzip-compressed (Content-Encoding: gzip).</summary>
        public static IResponseBuilder Gzip(string json)
        {
            using var buffer = new System.IO.MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(System.Text.Encoding.UTF8.GetBytes(json));
            }
            return Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("Content-Encoding", "gzip").WithBody(buffer.ToArray());
        }

        public IReadOnlyList<ILogEntry> Requests(string path) =>
            Server.LogEntries.Where(e => e.RequestMessage.Path == path).ToList();

        public int Count(string path) => Requests(path).Count;

        public static string? Header(ILogEntry entry, string name) =>
            entry.RequestMessage.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

        public static Task<SingleUser> GetUser(OneRosterClient client, string id, CancellationToken cancellationToken = default) =>
            GetUserCore(client, id, cancellationToken);

        private static async Task<SingleUser> GetUserCore(OneRosterClient client, string id, CancellationToken cancellationToken) =>
            new() { User = await client.Users.GetAsync(id, cancellationToken).ConfigureAwait(false) };

        public void Dispose()
        {
            Server.Stop();
            Server.Dispose();
        }

        private static IResponseMessage Json(int status, string body) => new ResponseMessage
        {
            StatusCode = status,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String },
        };
    }
}
