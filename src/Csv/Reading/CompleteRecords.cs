using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Csv.Binding;
using OneRoster.Csv.Mapping;
using OneRoster.Gradebook;
using OneRoster.Rostering;

namespace OneRoster.Csv.Reading
{
    /// <summary>
    /// Records as the REST API shapes them: the association files (and, for orgs and sessions, the parents of other
    /// rows) read into lookups first, then the owner file streamed with them attached.
    /// </summary>
    internal static class CompleteRecords
    {
        public static IAsyncEnumerable<T> ReadAsync<T>(CsvBundle bundle, CsvFile<T> file, CancellationToken cancellationToken) where T : class, new()
        {
            object stream = (object)file switch
            {
                _ when ReferenceEquals(file, CsvFiles.Users) => UsersAsync(bundle, cancellationToken),
                _ when ReferenceEquals(file, CsvFiles.Classes) => ClassesAsync(bundle, cancellationToken),
                _ when ReferenceEquals(file, CsvFiles.Courses) => CoursesAsync(bundle, cancellationToken),
                _ when ReferenceEquals(file, CsvFiles.LineItems) => LineItemsAsync(bundle, cancellationToken),
                _ when ReferenceEquals(file, CsvFiles.Results) => ResultsAsync(bundle, cancellationToken),
                _ when ReferenceEquals(file, CsvFiles.Orgs) => WithChildrenAsync(bundle, CsvFiles.Orgs, "orgs", o => o.SourcedId, o => o.Parent, (o, c) => o.Children = c, cancellationToken),
                _ when ReferenceEquals(file, CsvFiles.AcademicSessions) => WithChildrenAsync(bundle, CsvFiles.AcademicSessions, "academicSessions", s => s.SourcedId, s => s.Parent, (s, c) => s.Children = c, cancellationToken),
                _ => bundle.ReadAsync(file, cancellationToken),
            };
            return (IAsyncEnumerable<T>)stream;
        }

        private static async IAsyncEnumerable<User> UsersAsync(CsvBundle bundle, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var roles = await LookupAsync(bundle, CsvFiles.Roles, r => r.UserSourcedId, Associations.ToRoleAssignment, cancellationToken).ConfigureAwait(false);
            var profiles = await LookupAsync(bundle, CsvFiles.UserProfiles, p => p.UserSourcedId, Associations.ToUserProfile, cancellationToken).ConfigureAwait(false);
            var resources = await LookupAsync(bundle, CsvFiles.UserResources, r => r.UserSourcedId, r => References.To("resources", r.ResourceSourcedId!), cancellationToken).ConfigureAwait(false);
            await foreach (var user in bundle.ReadAsync(CsvFiles.Users, cancellationToken).ConfigureAwait(false))
            {
                var id = user.SourcedId ?? string.Empty;
                user.Roles = roles.TryGetValue(id, out var r) ? r : user.Roles;
                user.UserProfiles = profiles.TryGetValue(id, out var p) ? p : user.UserProfiles;
                user.Resources = resources.TryGetValue(id, out var s) ? s : user.Resources;
                yield return user;
            }
        }

        private static async IAsyncEnumerable<Class> ClassesAsync(CsvBundle bundle, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var resources = await LookupAsync(bundle, CsvFiles.ClassResources, r => r.ClassSourcedId, r => References.To("resources", r.ResourceSourcedId!), cancellationToken).ConfigureAwait(false);
            await foreach (var cls in bundle.ReadAsync(CsvFiles.Classes, cancellationToken).ConfigureAwait(false))
            {
                cls.Resources = resources.TryGetValue(cls.SourcedId ?? string.Empty, out var r) ? r : cls.Resources;
                yield return cls;
            }
        }

        private static async IAsyncEnumerable<Course> CoursesAsync(CsvBundle bundle, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var resources = await LookupAsync(bundle, CsvFiles.CourseResources, r => r.CourseSourcedId, r => References.To("resources", r.ResourceSourcedId!), cancellationToken).ConfigureAwait(false);
            await foreach (var course in bundle.ReadAsync(CsvFiles.Courses, cancellationToken).ConfigureAwait(false))
            {
                course.Resources = resources.TryGetValue(course.SourcedId ?? string.Empty, out var r) ? r : course.Resources;
                yield return course;
            }
        }

        private static async IAsyncEnumerable<LineItem> LineItemsAsync(CsvBundle bundle, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var scales = await LookupAsync(bundle, CsvFiles.LineItemScoreScales, s => s.LineItemSourcedId, s => References.To("scoreScales", s.ScoreScaleSourcedId!), cancellationToken).ConfigureAwait(false);
            var objectives = await LookupAsync(bundle, CsvFiles.LineItemLearningObjectiveIds, o => o.LineItemSourcedId, o => o, cancellationToken).ConfigureAwait(false);
            await foreach (var item in bundle.ReadAsync(CsvFiles.LineItems, cancellationToken).ConfigureAwait(false))
            {
                var id = item.SourcedId ?? string.Empty;
                // REST holds one score scale per line item; with several rows the first is kept.
                item.ScoreScale = scales.TryGetValue(id, out var s) ? s[0] : item.ScoreScale;
                item.LearningObjectiveSet = objectives.TryGetValue(id, out var o) ? Associations.ToSets(o) : item.LearningObjectiveSet;
                yield return item;
            }
        }

        private static async IAsyncEnumerable<Result> ResultsAsync(CsvBundle bundle, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var scales = await LookupAsync(bundle, CsvFiles.ResultScoreScales, s => s.ResultSourcedId, s => References.To("scoreScales", s.ScoreScaleSourcedId!), cancellationToken).ConfigureAwait(false);
            var objectives = await LookupAsync(bundle, CsvFiles.ResultLearningObjectiveIds, o => o.ResultSourcedId, o => o, cancellationToken).ConfigureAwait(false);
            await foreach (var result in bundle.ReadAsync(CsvFiles.Results, cancellationToken).ConfigureAwait(false))
            {
                var id = result.SourcedId ?? string.Empty;
                result.ScoreScale = scales.TryGetValue(id, out var s) ? s[0] : result.ScoreScale;
                result.LearningObjectiveSet = objectives.TryGetValue(id, out var o) ? Associations.ToSets(o) : result.LearningObjectiveSet;
                yield return result;
            }
        }

        /// <summary>Reads the file twice: once for who names whom as parent, then the records with their children.</summary>
        private static async IAsyncEnumerable<T> WithChildrenAsync<T>(CsvBundle bundle, CsvFile<T> file, string target, Func<T, string?> id, Func<T, GuidRef?> parent, Action<T, List<GuidRef>> setChildren,
            [EnumeratorCancellation] CancellationToken cancellationToken) where T : class, new()
        {
            var children = await LookupAsync(bundle, file, r => parent(r)?.SourcedId, r => References.To(target, id(r)!), cancellationToken).ConfigureAwait(false);
            await foreach (var record in bundle.ReadAsync(file, cancellationToken).ConfigureAwait(false))
            {
                if (children.TryGetValue(id(record) ?? string.Empty, out var found))
                {
                    setChildren(record, found);
                }
                yield return record;
            }
        }

        private static async Task<Dictionary<string, List<TValue>>> LookupAsync<TRow, TValue>(CsvBundle bundle, CsvFile<TRow> file, Func<TRow, string?> owner, Func<TRow, TValue> value, CancellationToken cancellationToken)
            where TRow : class, new()
        {
            var lookup = new Dictionary<string, List<TValue>>(StringComparer.Ordinal);
            await foreach (var row in bundle.ReadAsync(file, cancellationToken).ConfigureAwait(false))
            {
                if (owner(row) is not { Length: > 0 } key)
                {
                    continue;
                }
                if (!lookup.TryGetValue(key, out var list))
                {
                    lookup[key] = list = new List<TValue>();
                }
                list.Add(value(row));
            }
            return lookup;
        }
    }
}
