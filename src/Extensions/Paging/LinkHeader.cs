using System;
using System.Collections.Generic;

namespace OneRoster.Paging
{
    /// <summary>Reads RFC 8288 <c>Link</c> headers: <c>&lt;url&gt;; rel="next", &lt;url&gt;; rel="last"</c>.</summary>
    internal static class LinkHeader
    {
        /// <summary>The <c>rel="next"</c> target among <paramref name="headerValues"/>, resolved against <paramref name="requestUri"/>.</summary>
        public static Uri? FindNext(IEnumerable<string> headerValues, Uri? requestUri)
        {
            ArgumentNullException.ThrowIfNull(headerValues);
            foreach (var value in headerValues)
            {
                foreach (var link in SplitLinks(value))
                {
                    var close = link.IndexOf('>', StringComparison.Ordinal);
                    var open = link.IndexOf('<', StringComparison.Ordinal);
                    if (open < 0 || close < open)
                    {
                        continue;
                    }
                    var target = link.Substring(open + 1, close - open - 1).Trim();
                    foreach (var parameter in link.Substring(close + 1).Split(';'))
                    {
                        var pair = parameter.Split('=', 2);
                        if (pair.Length == 2 && pair[0].Trim().Equals("rel", StringComparison.OrdinalIgnoreCase)
                            && Array.Exists(pair[1].Trim().Trim('"').Split(' '), r => r.Equals("next", StringComparison.OrdinalIgnoreCase)))
                        {
                            return Resolve(target, requestUri);
                        }
                    }
                }
            }
            return null;
        }

        private static Uri? Resolve(string target, Uri? requestUri)
        {
            if (Uri.TryCreate(target, UriKind.Absolute, out var absolute))
            {
                return absolute;
            }
            return requestUri is not null && requestUri.IsAbsoluteUri && Uri.TryCreate(requestUri, target, out var relative) ? relative : null;
        }

        // Commas separate links, but a URL inside <...> may itself contain commas.
        private static IEnumerable<string> SplitLinks(string value)
        {
            var start = 0;
            var inUrl = false;
            for (var i = 0; i < value.Length; i++)
            {
                switch (value[i])
                {
                    case '<': inUrl = true; break;
                    case '>': inUrl = false; break;
                    case ',' when !inUrl:
                        yield return value.Substring(start, i - start);
                        start = i + 1;
                        break;
                }
            }
            yield return value.Substring(start);
        }
    }
}
