using System.Collections.Generic;
using System.Threading;
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
                    UserSet set = await usersClient.GetAllUsersAsync(request.Limit, request.Offset, sort, orderBy, filter, fields, null, ct);
                    return new PageResponse<User>(set.Users ?? new List<User>())
                    {
                        TotalCount = set.TotalCount,                // the body's total (headers need a fetcher over HttpClient)
                    };
                },
                key: u => u.SourcedId,                              // identity for dropping repeats
                options: new PagingOptions { PageSize = 3000, MaxConcurrency = 4, MaxItems = null },
                cancellationToken);
            return users;
        }
    }
}
