using System;
using System.Net.Http;

namespace OneRoster.Http
{
    /// <summary>
    /// Runs on every request the generated clients build, before it is sent. The generated code
    /// percent-encodes each path id, so an id can never add a segment; what is left is the id that
    /// would silently change which endpoint is hit: an empty or blank id (<c>/users/</c> would list
    /// all users) and the dot segments <c>.</c> and <c>..</c>, which URI normalization removes.
    /// </summary>
    public static class RequestPathGuard
    {
        /// <summary>Throws <see cref="ArgumentException"/> when the request path has an empty, blank or dot segment.</summary>
        public static void Check(HttpRequestMessage request)
        {
            ArgumentNullException.ThrowIfNull(request);
            var uri = request.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(request));
            var text = uri.OriginalString;
            var end = text.IndexOfAny(new[] { '?', '#' });
            var path = end < 0 ? text : text.Substring(0, end);
            if (uri.IsAbsoluteUri)
            {
                path = uri.AbsolutePath;
            }
            var segments = path.Split('/');
            // The first segment of an absolute path is empty by construction; relative paths have none.
            var first = path.StartsWith('/') ? 1 : 0;
            for (var i = first; i < segments.Length; i++)
            {
                var segment = Uri.UnescapeDataString(segments[i]);
                if (segment.Length == 0 || string.IsNullOrWhiteSpace(segment))
                {
                    throw new ArgumentException(
                        $"A path identifier is empty or blank (request path '{path}'). Pass a non-empty sourcedId.", "sourcedId");
                }
                if (segment is "." or "..")
                {
                    throw new ArgumentException(
                        $"A path identifier may not be '{segment}' (request path '{path}'): URI normalization would change the endpoint.", "sourcedId");
                }
            }
        }
    }
}
