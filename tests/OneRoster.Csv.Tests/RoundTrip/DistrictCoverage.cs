using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using OneRoster.Gradebook;
using OneRoster.Models;
using OneRoster.Rostering;

namespace OneRoster.Csv.Tests.RoundTrip
{
    /// <summary>
    /// Writes, through the client, what a generated district lacks so that every file of the binding has rows: a user
    /// profile with its credential and a role that uses it, learning objectives on a line item and a result, a score
    /// scale with its org and class, and records marked tobedeleted.
    /// </summary>
    internal static class DistrictCoverage
    {
        public static async Task AddAsync(OneRosterClient client)
        {
            var teacher = await client.Users.FirstOrDefaultAsync(q => q.Where(Query.Filter.Field("roles.role").EqualTo("teacher"))) ?? throw new InvalidOperationException("no teacher");
            teacher.UserProfiles = new List<UserProfile>
            {
                new()
                {
                    ProfileId = new Uri("prof-lms-1", UriKind.Relative),
                    ProfileType = "lms",
                    VendorId = "vendor-1",
                    ApplicationId = "app-7",
                    Description = "Learning platform login",
                    Credentials = new List<Credential> { new() { Type = "password", Username = teacher.Username, Password = "s3cret!" } },
                },
            };
            teacher.Roles!.Add(new RoleAssignment { RoleType = "secondary", Role = "counselor", Org = teacher.Roles[0].Org, UserProfile = new Uri("prof-lms-1", UriKind.Relative), BeginDate = new DateOnly(2025, 8, 1), EndDate = new DateOnly(2026, 7, 1) });
            teacher.Pronouns = "she/her";
            teacher.Sms = "+15550100";
            await client.Users.UpsertAsync(teacher.SourcedId!, teacher);

            var item = await client.LineItems.FirstOrDefaultAsync() ?? throw new InvalidOperationException("no line item");
            item.LearningObjectiveSet = new List<LearningObjectiveSet>
            {
                new() { Source = "case", LearningObjectiveIds = new List<string> { "urn:uuid:6b1e2c3a-0d4f-4a5b-9c8d-7e6f5a4b3c2d", "urn:uuid:0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9" } },
                new() { Source = "ext:district", LearningObjectiveIds = new List<string> { "MATH.7.RP.1" } },
            };
            await client.LineItems.UpsertAsync(item.SourcedId!, item);

            var result = await client.Results.FirstOrDefaultAsync(q => q.Where(Query.Filter.Field("lineItem.sourcedId").EqualTo(item.SourcedId!))) ?? throw new InvalidOperationException("no result");
            result.LearningObjectiveSet = new List<LearningObjectiveScoreSet>
            {
                new() { Source = "case", LearningObjectiveResults = new List<LearningObjectiveResults> { new() { LearningObjectiveId = "urn:uuid:6b1e2c3a-0d4f-4a5b-9c8d-7e6f5a4b3c2d", Score = 3.5f, TextScore = "proficient" } } },
            };
            await client.Results.UpsertAsync(result.SourcedId!, result);

            var scale = await client.ScoreScales.FirstOrDefaultAsync() ?? throw new InvalidOperationException("no score scale");
            var cls = await client.Classes.FirstOrDefaultAsync(q => q.Where(Query.Filter.Field("course.sourcedId").EqualTo(scale.Course!.SourcedId!))) ?? throw new InvalidOperationException("no class");
            scale.Class = Ref("rostering/v1p2/classes", cls.SourcedId!, "class");
            scale.AdditionalProperties["org"] = Ref("rostering/v1p2/orgs", cls.School!.SourcedId!, "org");
            await client.ScoreScales.UpsertAsync(scale.SourcedId!, scale);

            var gone = (await client.Enrollments.ListAsync(q => q.Limit(1))).Items.Single();
            gone.Status = "tobedeleted";
            gone.DateLastModified = new DateTimeOffset(2025, 10, 1, 12, 30, 15, 250, TimeSpan.Zero);
            await client.Enrollments.UpsertAsync(gone.SourcedId!, gone);
        }

        /// <summary>A reference as providers write them, href included.</summary>
        private static GuidRef Ref(string path, string sourcedId, string type) =>
            new() { Href = new Uri("/ims/oneroster/" + path + "/" + sourcedId, UriKind.Relative), SourcedId = sourcedId, Type = type };
    }
}
