using System;
using System.Collections.Generic;
using System.Linq;

namespace OneRoster
{
    // Finding the provider root in a configured base URL. Providers document their service URL
    // (https://district.oneroster.com/ims/oneroster/v1p1) and users paste it where the root belongs; the client would then
    // append the service path a second time. So a base URL whose path ends with one of these service roots is cut before
    // it; any other base URL is the root as given (a tenant prefix stays, and nothing is guessed).
    public sealed partial record OneRosterServicePaths
    {
        /// <summary>
        /// <paramref name="baseUrl"/> without a trailing service root of this layout (or the start of one through its
        /// <c>ims/oneroster</c> segments), compared without case and with the trailing '/' optional.
        /// </summary>
        internal Uri ProviderRootOf(Uri baseUrl)
        {
            var path = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath[..^1] : baseUrl.AbsolutePath;
            foreach (var suffix in PastedForms())
            {
                // Whole segments only: "/my-ims/oneroster/v1p1" is no service root.
                if (path.EndsWith("/" + suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return new UriBuilder(baseUrl) { Path = path[..^suffix.Length] }.Uri;
                }
            }
            return baseUrl;
        }

        /// <summary>
        /// The service roots, longest first, and their shorter forms through <c>ims/oneroster</c> and the service's segment
        /// (<c>…/ims/oneroster</c>, <c>…/ims/oneroster/rostering</c>): the forms recognised for the standard layout before
        /// profiles had paths of their own, kept for every layout that has those segments.
        /// </summary>
        private IEnumerable<string> PastedForms()
        {
            var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var root in new[] { Rostering, Gradebook, Resources })
            {
                forms.Add(root);
                var segments = root.Split('/');
                var stem = Array.FindIndex(segments, 0, Math.Max(0, segments.Length - 1), s => s.Equals("ims", StringComparison.OrdinalIgnoreCase));
                if (stem >= 0 && segments[stem + 1].Equals("oneroster", StringComparison.OrdinalIgnoreCase))
                {
                    for (var end = stem + 2; end < segments.Length; end++)
                    {
                        forms.Add(string.Join('/', segments[..end]));
                    }
                }
            }
            return forms.OrderByDescending(f => f.Length);
        }
    }
}
