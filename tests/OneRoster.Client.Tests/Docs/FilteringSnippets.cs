using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Models;
using OneRoster.Query;
using OneRoster.Rostering;

namespace OneRoster.Tests.Docs
{
    // The snippets of docs/filtering.md, compiled; DocSnippetTests fails when the two drift apart.
    internal static class FilteringSnippets
    {
        public static async Task TellingTheProvider(CancellationToken ct)
        {
            using var edFi = new OneRosterClient(new OneRosterClientOptions
            {
                BaseUrl = new Uri("https://edfi.example.org"),
                TokenUrl = new Uri("https://edfi.example.org/oauth/token"),
                ClientId = "...",
                ClientSecret = "...",
                Provider = OneRosterProvider.Standard with
                {
                    Name = "Ed-Fi",
                    FilterCapabilities = FilterCapabilities.Standard with
                    {
                        SupportedOperators = new HashSet<FilterOperator> { FilterOperator.Equal, FilterOperator.GreaterThan },
                        SupportsDoubledQuoteEscape = false,
                    },
                },
            });
            // sends filter=status='active'; checks dateLastModified>='2024-01-01' on every record that comes back
            await foreach (User u in edFi.Users.StreamAsync(q => q.Where("status='active' AND dateLastModified>='2024-01-01'"), cancellationToken: ct)) { }
            Console.WriteLine(edFi.Provider.Name);   // the profile in use
        }

        public static Filter Building()
        {
            Filter teachers = Filter.Field("role").EqualTo(UserRole.Teacher);          // role='teacher'
            Filter active   = Filter.Field("status").EqualTo("active");                 // status='active'
            Filter recent   = Filter.Field("dateLastModified")
                                    .GreaterThanOrEqual(new DateOnly(2024, 1, 1));      // dateLastModified>='2024-01-01'
            Filter staff    = Filter.Field("role").In(UserRole.Teacher, UserRole.Aide); // role='teacher' OR role='aide'

            Filter f = active.And(staff);   // status='active' AND (role='teacher' OR role='aide')
            return f.And(teachers).Or(recent);
        }

        public static IReadOnlyList<string> Queries()
        {
            OneRosterQuery q = OneRosterQuery.Empty
                .Where(Filter.Field("status").EqualTo("active"))   // a second Where is ANDed to the first
                .Where("familyName~'son'")                          // text is parsed here, so mistakes fail here
                .OrderBy("familyName")                              // or OrderByDescending; replaces an earlier sort
                .Fields("sourcedId", "givenName", "familyName")     // replaces an earlier selection; repeats dropped
                .Limit(100)                                         // >= 1, else ArgumentOutOfRangeException
                .Offset(200);                                       // >= 0, else ArgumentOutOfRangeException

            string? filterText = q.FilterText;     // status='active' AND familyName~'son'
            string? fieldsText = q.FieldsText;     // sourcedId,givenName,familyName
            string queryString = q.ToQueryString();
            // limit=100&offset=200&sort=familyName&orderBy=asc&filter=status%3D%27active%27%20AND%20familyName~%27son%27&fields=sourcedId%2CgivenName%2CfamilyName
            return new[] { filterText!, fieldsText!, queryString };
        }

        public static string? RunningAPlan(OneRosterQuery query, FilterCapabilities capabilities)
        {
            QueryPlan plan = QueryPlanner.Plan(query.Filter, capabilities);
            string? fields = plan.FieldsTextFor(query);   // the user's fields + what the residual reads (+ sourcedId when merging)
            foreach (string? serverFilter in plan.ServerFilters)        // one paged request stream each
            {
                // fetch pages with filter: serverFilter, keep records where plan.Residual?.Matches(record) ?? true,
                // and skip sourcedIds already yielded by an earlier stream
            }
            return fields;
        }
    }
}
