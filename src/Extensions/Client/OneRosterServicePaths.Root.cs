using System;
using System.Collections.Generic;

namespace OneRoster
{
    // Finding the provider root in a configured base URL. Providers document their service URL
    // (https://district.oneroster.com/ims/oneroster/v1p1) and users paste it where the root belongs; the client would then
    // append the service path a second time. So a base URL whose path ends with one of these service roots is cut before
    // it; any other base URL is the root as given (a tenant prefix stays, and nothing is guessed).
    public sealed partial record OneRosterServicePaths
    {
        /// <summary>
        /// <paramref name="baseUrl"/> without the longest trailing service root of this layout (or the start of one through
        /// its <c>ims/oneroster</c> segments), compared without case and with the trailing '/' optional.
        /// </summary>
        internal Uri ProviderRootOf(Uri baseUrl)
        {
            var path = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath[..^1] : baseUrl.AbsolutePath;
            var cut = 0;
            foreach (var root in new[] { Rostering, Gradebook, Resources })
            {
                foreach (var suffix in PastedForms(root))
                {
                    // Whole segments only: "/my-ims/oneroster/v1p1" is no service root.
                    if (suffix.Length > cut && path.EndsWith("/" + suffix, StringComparison.OrdinalIgnoreCase))
                    {
                        cut = suffix.Length;
                    }
                }
            }
            return cut == 0 ? baseUrl : new UriBuilder(baseUrl) { Path = path[..^cut] }.Uri;
        }

        /// <summary>
        /// A service root and its shorter forms through <c>ims/oneroster</c> and the service's segment
        /// (<c>…/ims/oneroster</c>, <c>…/ims/oneroster/rostering</c>): the forms recognised for the standard layout before
        /// profiles had paths of their own, kept for every layout that has those segments.
        /// </summary>
        private static IEnumerable<string> PastedForms(string root)
        {
            yield return root;
            var segments = root.Split('/');
            var stem = Array.FindIndex(segments, 0, Math.Max(0, segments.Length - 1), s => s.Equals("ims", StringComparison.OrdinalIgnoreCase));
            if (stem >= 0 && segments[stem + 1].Equals("oneroster", StringComparison.OrdinalIgnoreCase))
            {
                for (var end = stem + 2; end < segments.Length; end++)
                {
                    yield return string.Join('/', segments[..end]);
                }
            }
        }
    }
}
