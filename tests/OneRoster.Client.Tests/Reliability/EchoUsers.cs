using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using OneRoster.Tests.Client;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OneRoster.Tests.Reliability
{
    /// <summary>
    /// GET /users/{anything} answers the user whose sourcedId is the request's own (percent-decoded) last
    /// segment, so a caller can see that each answer belongs to its request and how an id travelled.
    /// </summary>
    internal static class EchoUsers
    {
        public static void Install(FakeProvider provider, TimeSpan? delay = null)
        {
            var response = Response.Create().WithCallback(request =>
            {
                var raw = new Uri(request.Url).AbsolutePath;
                var id = Uri.UnescapeDataString(raw.Substring(raw.LastIndexOf('/') + 1));
                return new WireMock.ResponseMessage
                {
                    StatusCode = 200,
                    Headers = new System.Collections.Generic.Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                    BodyData = new WireMock.Util.BodyData
                    {
                        BodyAsString = "{\"user\":{\"sourcedId\":" + JsonConvert.ToString(id) + "}}",
                        DetectedBodyType = WireMock.Types.BodyType.String,
                    },
                };
            });
            if (delay is { } wait)
            {
                response = response.WithDelay(wait);
            }
            provider.Server.Given(Request.Create().WithPath(new WildcardMatcher(FakeProvider.UsersPath + "/*")).UsingGet()).AtPriority(50).RespondWith(response);
        }

        /// <summary>
        /// For <see cref="RawHttpServer"/>: the user's sourcedId is the decoded last segment followed by
        /// " via " and the path exactly as it came over the wire (WireMock's log decodes paths, so it cannot show this).
        /// </summary>
        public static Task<bool> Answer(RawRequest request, Stream stream, CancellationToken cancellationToken)
        {
            var path = request.Target.Split('?')[0];
            var id = Uri.UnescapeDataString(path.Substring(path.LastIndexOf('/') + 1)) + " via " + path;
            return RawHttpServer.WriteOk(stream, "{\"user\":{\"sourcedId\":" + JsonConvert.ToString(id) + "}}", cancellationToken);
        }
    }
}
