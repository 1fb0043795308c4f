using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;

namespace OneRoster.Http
{
    /// <summary>
    /// What a generated-client call saw of the HTTP answer beyond its body: status, the
    /// <c>X-Total-Count</c> header and a <c>Link rel="next"</c>. The generated methods return only
    /// the body, so the paging code opens a capture around a call and the generated client's
    /// <c>ProcessResponse</c> hook fills it. The capture flows with the async call (AsyncLocal), so
    /// concurrent calls each see their own answer.
    /// </summary>
    public sealed class ResponseCapture : IDisposable
    {
        private static readonly AsyncLocal<ResponseCapture?> Current = new();
        private static readonly byte[] EmptyObject = "{}"u8.ToArray();
        private readonly ResponseCapture? _previous;
        private readonly bool _takesBody;
        private BufferedBodyContent? _takenBody;

        private ResponseCapture(ResponseCapture? previous, bool takesBody)
        {
            _previous = previous;
            _takesBody = takesBody;
        }

        /// <summary>HTTP status of the captured answer, or null before an answer arrived.</summary>
        public int? StatusCode { get; private set; }

        /// <summary>The <c>X-Total-Count</c> header, when present and a non-negative integer.</summary>
        public long? TotalCount { get; private set; }

        /// <summary>The target of a <c>Link</c> header with <c>rel="next"</c>, when present.</summary>
        public Uri? NextLink { get; private set; }

        /// <summary>True when the answer had a <c>Link</c> header at all (with or without <c>next</c>).</summary>
        public bool HasLinkHeader { get; private set; }

        /// <summary>Starts capturing the answers of calls made in the current async flow.</summary>
        public static ResponseCapture Begin() => Begin(takesBody: false);

        /// <summary>
        /// Like <see cref="Begin()"/>, and also takes the body of a 200 answer held in memory out of the response
        /// (<see cref="ClaimBody"/>), so that its records can be read one at a time: the generated client then
        /// deserializes an empty envelope (<c>{}</c>) in its place. Answers that are not held in memory (an
        /// <c>HttpClient</c> without the client's handlers) and every other status are left to the generated client.
        /// </summary>
        internal static ResponseCapture BeginTakingBody() => Begin(takesBody: true);

        /// <summary>Called by every generated client with each answer it receives.</summary>
        public static void Record(HttpResponseMessage response)
        {
            var capture = Current.Value;
            if (capture is null || response is null)
            {
                return;
            }
            capture.StatusCode = (int)response.StatusCode;
            capture.TotalCount = ReadTotalCount(response);
            var links = Values(response, "Link").ToList();
            capture.HasLinkHeader = links.Count > 0;
            capture.NextLink = LinkHeader.FindNext(links, response.RequestMessage?.RequestUri);
            if (capture._takesBody && response.StatusCode == HttpStatusCode.OK && response.Content is BufferedBodyContent body)
            {
                capture._takenBody?.Dispose();
                capture._takenBody = body;
                var standIn = new ByteArrayContent(EmptyObject);
                standIn.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                response.Content = standIn;
            }
        }

        /// <summary>The body taken out of the answer (see <see cref="BeginTakingBody"/>), now owned by the caller; null when none was.</summary>
        internal BufferedBodyContent? ClaimBody() => Interlocked.Exchange(ref _takenBody, null);

        /// <summary>Stops capturing; the capture that was current before is current again. A body nobody claimed is released.</summary>
        public void Dispose()
        {
            Current.Value = _previous;
            ClaimBody()?.Dispose();
        }

        private static ResponseCapture Begin(bool takesBody)
        {
            var capture = new ResponseCapture(Current.Value, takesBody);
            Current.Value = capture;
            return capture;
        }

        private static long? ReadTotalCount(HttpResponseMessage response)
        {
            var text = Values(response, "X-Total-Count").FirstOrDefault();
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var total) ? total : null;
        }

        private static IEnumerable<string> Values(HttpResponseMessage response, string name)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                return values;
            }
            return response.Content?.Headers.TryGetValues(name, out var contentValues) == true ? contentValues : Enumerable.Empty<string>();
        }
    }
}
