using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Paging;
using OneRoster.Rostering;

namespace OneRoster.Tests.Docs
{
    // The snippet of docs/pagination.md, compiled; DocSnippetTests fails when the two drift apart.
    internal static class PaginationSnippets
    {
        public static async Task Client(OneRosterClient client, CancellationToken ct)
        {
            await foreach (User user in client.Users.StreamAsync(cancellationToken: ct))         // every record, pages fetched ahead
            {
                Console.WriteLine(user.SourcedId);
            }
            List<User> firstTen = await client.Users.ToListAsync(maxItems: 10, cancellationToken: ct);   // one request, limit=10

            Page<User> page = await client.Users.ListAsync(q => q.Limit(500).Offset(1000), ct);          // exactly one request
            Console.WriteLine($"{page.Items.Count} of {page.TotalCount}; more: {page.HasMore}; next offset {page.NextOffset}");

            using var tuned = new OneRosterClient(new OneRosterClientOptions
            {
                BaseUrl = new Uri("https://oneroster.example.com"),
                TokenUrl = new Uri("https://auth.example.com/oauth2/token"),
                ClientId = "...",
                ClientSecret = "...",
                PageSize = 1000,        // limit of every stream's requests (default: Provider.MaxPageSize)
                MaxConcurrency = 8,     // pages in flight at once when the provider reports a total (default 4)
            });
            await foreach (User u in tuned.Users.StreamAsync(q => q.Limit(250), maxItems: 5_000, cancellationToken: ct)) { }   // per call
            _ = firstTen;
        }

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
