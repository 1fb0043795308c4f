using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace OneRoster.Testing.Tests.Support
{
    /// <summary>Reads an RFC 8288 Link header into rel → URL.</summary>
    public static class LinkHeader
    {
        public static IReadOnlyDictionary<string, string> Parse(string? header)
        {
            var links = new Dictionary<string, string>();
            foreach (Match match in Regex.Matches(header ?? string.Empty, "<([^>]*)>\\s*;\\s*rel=\"([^\"]+)\""))
            {
                links[match.Groups[2].Value] = match.Groups[1].Value;
            }
            return links;
        }
    }
}
