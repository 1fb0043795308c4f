using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Errors;
using OneRoster.Models;
using OneRoster.Query;
using OneRoster.Rostering;

namespace OneRoster.Tests.Docs
{
    // The snippets of docs/migrating.md, compiled; DocSnippetTests fails when the two drift apart.
    internal static class MigratingSnippets
    {
        public static async Task<List<User>> PagingLoop(OneRosterClient client, CancellationToken ct)
        {
            var teachers = new List<User>();
            await foreach (User teacher in client.Users.StreamAsync(
                q => q.Where(Filter.Field("role").EqualTo(UserRole.Teacher).And(Filter.Field("status").EqualTo(RecordStatus.Active))),
                cancellationToken: ct))
            {
                teachers.Add(teacher);
            }
            return teachers;
        }

        public static async Task<bool> ErrorCheck(OneRosterClient client, CancellationToken ct)
        {
            bool known = await client.Users.ExistsAsync("usr-0042", ct);   // false on 404, instead of catching it
            try
            {
                await client.Classes["cls-0001"].EnrollAsync("usr-0042", EnrollmentRole.Student, cancellationToken: ct);
            }
            catch (OneRosterValidationException e)
            {
                Console.WriteLine($"{e.Status}: {e.Description}");
            }
            return known;
        }
    }
}
