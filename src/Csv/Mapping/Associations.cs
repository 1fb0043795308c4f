using System;
using System.Collections.Generic;
using System.Linq;
using OneRoster.Csv.Binding;
using OneRoster.Gradebook;
using OneRoster.Models;
using OneRoster.Rostering;

namespace OneRoster.Csv.Mapping
{
    /// <summary>
    /// The association rows of a record the REST API nests (a user's roles, a class's resources, ...) and back. Rows
    /// made from a REST record get sourcedIds derived from their owner (<c>usr-1-role1</c>), since REST gives them none.
    /// </summary>
    internal static class Associations
    {
        public static IEnumerable<CsvRole> Roles(User user) => (user.Roles ?? Enumerable.Empty<RoleAssignment>()).Select((r, i) => Owned(new CsvRole
        {
            SourcedId = user.SourcedId + "-role" + (i + 1),
            UserSourcedId = user.SourcedId,
            RoleType = r.RoleType,
            Role = r.Role,
            BeginDate = r.BeginDate,
            EndDate = r.EndDate,
            OrgSourcedId = r.Org?.SourcedId,
            UserProfileSourcedId = r.UserProfile?.OriginalString,
        }, user.Status, user.DateLastModified));

        /// <summary>One row per profile, carrying its first credential (a CSV profile row has room for one).</summary>
        public static IEnumerable<CsvUserProfile> Profiles(User user) => (user.UserProfiles ?? Enumerable.Empty<UserProfile>()).Select((p, i) =>
        {
            var credential = p.Credentials?.FirstOrDefault();
            return Owned(new CsvUserProfile
            {
                SourcedId = p.ProfileId?.OriginalString ?? user.SourcedId + "-profile" + (i + 1),
                UserSourcedId = user.SourcedId,
                ProfileType = p.ProfileType,
                VendorId = p.VendorId,
                ApplicationId = p.ApplicationId,
                Description = p.Description,
                CredentialType = credential?.Type,
                Username = credential?.Username,
                Password = credential?.Password,
            }, user.Status, user.DateLastModified);
        });

        public static IEnumerable<CsvUserResource> Resources(User user) => (user.Resources ?? Enumerable.Empty<GuidRef>()).Select((r, i) => Owned(new CsvUserResource
        {
            SourcedId = user.SourcedId + "-resource" + (i + 1),
            UserSourcedId = user.SourcedId,
            ResourceSourcedId = r.SourcedId,
        }, user.Status, user.DateLastModified));

        public static IEnumerable<CsvClassResource> Resources(Class cls) => (cls.Resources ?? Enumerable.Empty<GuidRef>()).Select((r, i) => Owned(new CsvClassResource
        {
            SourcedId = cls.SourcedId + "-resource" + (i + 1),
            ClassSourcedId = cls.SourcedId,
            ResourceSourcedId = r.SourcedId,
        }, cls.Status, cls.DateLastModified));

        public static IEnumerable<CsvCourseResource> Resources(Course course) => (course.Resources ?? Enumerable.Empty<GuidRef>()).Select((r, i) => Owned(new CsvCourseResource
        {
            SourcedId = course.SourcedId + "-resource" + (i + 1),
            CourseSourcedId = course.SourcedId,
            ResourceSourcedId = r.SourcedId,
        }, course.Status, course.DateLastModified));

        public static IEnumerable<CsvLineItemScoreScale> ScoreScales(LineItem item) => item.ScoreScale is { } scale
            ? new[] { Owned(new CsvLineItemScoreScale { SourcedId = item.SourcedId + "-scoreScale", LineItemSourcedId = item.SourcedId, ScoreScaleSourcedId = scale.SourcedId }, item.Status, item.DateLastModified) }
            : Enumerable.Empty<CsvLineItemScoreScale>();

        public static IEnumerable<CsvResultScoreScale> ScoreScales(Result result) => result.ScoreScale is { } scale
            ? new[] { Owned(new CsvResultScoreScale { SourcedId = result.SourcedId + "-scoreScale", ResultSourcedId = result.SourcedId, ScoreScaleSourcedId = scale.SourcedId }, result.Status, result.DateLastModified) }
            : Enumerable.Empty<CsvResultScoreScale>();

        public static IEnumerable<CsvLineItemLearningObjective> LearningObjectives(LineItem item)
        {
            var n = 0;
            foreach (var set in item.LearningObjectiveSet ?? Enumerable.Empty<LearningObjectiveSet>())
            {
                foreach (var id in set.LearningObjectiveIds ?? Enumerable.Empty<string>())
                {
                    yield return Owned(new CsvLineItemLearningObjective
                    {
                        SourcedId = item.SourcedId + "-objective" + (++n),
                        LineItemSourcedId = item.SourcedId,
                        Source = set.Source,
                        LearningObjectiveId = id,
                    }, item.Status, item.DateLastModified);
                }
            }
        }

        public static IEnumerable<CsvResultLearningObjective> LearningObjectives(Result result)
        {
            var n = 0;
            foreach (var set in result.LearningObjectiveSet ?? Enumerable.Empty<LearningObjectiveScoreSet>())
            {
                foreach (var score in set.LearningObjectiveResults ?? set.LearningObjectiveIds ?? Enumerable.Empty<LearningObjectiveResults>())
                {
                    yield return Owned(new CsvResultLearningObjective
                    {
                        SourcedId = result.SourcedId + "-objective" + (++n),
                        ResultSourcedId = result.SourcedId,
                        Source = set.Source,
                        LearningObjectiveId = score.LearningObjectiveId,
                        Score = score.Score,
                        TextScore = score.TextScore,
                    }, result.Status, result.DateLastModified);
                }
            }
        }

        public static RoleAssignment ToRoleAssignment(CsvRole role) => new()
        {
            RoleType = role.RoleType,
            Role = role.Role,
            Org = role.OrgSourcedId is null ? null : References.To("orgs", role.OrgSourcedId),
            UserProfile = role.UserProfileSourcedId is null ? null : new Uri(role.UserProfileSourcedId, UriKind.RelativeOrAbsolute),
            BeginDate = role.BeginDate,
            EndDate = role.EndDate,
        };

        public static UserProfile ToUserProfile(CsvUserProfile profile) => new()
        {
            ProfileId = profile.SourcedId is null ? null : new Uri(profile.SourcedId, UriKind.RelativeOrAbsolute),
            ProfileType = profile.ProfileType,
            VendorId = profile.VendorId,
            ApplicationId = profile.ApplicationId,
            Description = profile.Description,
            Credentials = profile.CredentialType is null && profile.Username is null && profile.Password is null
                ? null
                : new List<Credential> { new() { Type = profile.CredentialType, Username = profile.Username, Password = profile.Password } },
        };

        /// <summary>Learning objective rows of one line item, grouped by source in first-seen order.</summary>
        public static List<LearningObjectiveSet> ToSets(IEnumerable<CsvLineItemLearningObjective> rows) =>
            rows.GroupBy(r => r.Source).Select(g => new LearningObjectiveSet { Source = g.Key, LearningObjectiveIds = g.Select(r => r.LearningObjectiveId!).ToList() }).ToList();

        public static List<LearningObjectiveScoreSet> ToSets(IEnumerable<CsvResultLearningObjective> rows) =>
            rows.GroupBy(r => r.Source).Select(g => new LearningObjectiveScoreSet
            {
                Source = g.Key,
                LearningObjectiveResults = g.Select(r => new LearningObjectiveResults { LearningObjectiveId = r.LearningObjectiveId, Score = r.Score, TextScore = r.TextScore }).ToList(),
            }).ToList();

        private static TRow Owned<TRow>(TRow row, string? status, DateTimeOffset? modified) where TRow : CsvRecord
        {
            row.Status = status;
            row.DateLastModified = modified;
            return row;
        }
    }
}
