using System.Collections.Generic;
using System.Threading;
using OneRoster.Http;
using OneRoster.Paging;
using OneRoster.Rostering;

namespace OneRoster.Tests.Docs
{
    // The snippet of docs/pagination.md, compiled; DocSnippetTests fails when the two drift apart.
    internal static class PaginationSnippets
    {
        public static IAsyncEnumerable<User> Stream(IUsersClient usersClient, string? sort, string? orderBy, string? filter, string? fields, CancellationToken cancellationToken)
        {
            IAsyncEnumerable<User> users = Paginator.StreamAsync<User>(
                fetch: async (request, ct) =>                       // one list call: offset + limit
                {
                    using var capture = ResponseCapture.Begin();    // inside the fetcher: one capture per call
                    UserSet set = await usersClient.GetAllUsersAsync(request.Limit, request.Offset, sort, orderBy, filter, fields, null, ct);
                    return new PageResponse<User>(set.Users ?? new List<User>())
                    {
                        TotalCount = capture.TotalCount ?? set.TotalCount,   // header, else body
                        NextLink = capture.NextLink,
                        HasLinkHeader = capture.HasLinkHeader,
                    };
                },
                key: u => u.SourcedId,                              // identity for dropping repeats
                options: new PagingOptions { PageSize = 3000, MaxConcurrency = 4, MaxItems = null },
                cancellationToken);
            return users;
        }
    }
}
