using System.Globalization;
using System.Linq;
using OneRoster.Http;

namespace OneRoster.Paging
{
    /// <summary>What an answer's headers say about the pages after it: <c>X-Total-Count</c> and <c>Link</c>.</summary>
    internal readonly record struct PageSignals(long? TotalCount, System.Uri? NextLink, bool HasLinkHeader)
    {
        public static PageSignals Of(Answer answer)
        {
            var total = answer.Header("X-Total-Count").FirstOrDefault();
            var links = answer.Header("Link").ToList();
            return new PageSignals(
                long.TryParse(total, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null,
                LinkHeader.FindNext(links, answer.RequestUri),
                links.Count > 0);
        }
    }
}
