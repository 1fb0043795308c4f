using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using OneRoster.Cli.Records;
using OneRoster.Collections;
using OneRoster.Errors;
using OneRoster.Query;
using OneRoster.Resources;
using OneRoster.Rostering;

namespace OneRoster.Cli.Migration
{
    /// <summary>
    /// Copies a course's content from one provider to another as upserts (PUT by sourcedId): its resources, the course,
    /// its course components (parents before children) and their component resources (Timeback extensions). Planning
    /// reads both sides and compares; applying writes only what differs, so a second run writes nothing.
    /// </summary>
    internal sealed class CourseMigration
    {
        private readonly OneRosterClient _source;
        private readonly OneRosterClient _target;
        private readonly List<IStep> _steps = new();

        public CourseMigration(OneRosterClient source, OneRosterClient target)
        {
            _source = source;
            _target = target;
        }

        /// <summary>Reads the course and everything it brings from the source, and what the target holds of it.</summary>
        public async Task<IReadOnlyList<RecordChange>> PlanAsync(string courseId, CancellationToken cancellationToken)
        {
            var course = await _source.Courses.GetAsync(courseId, cancellationToken).ConfigureAwait(false);
            var components = await _source.CourseComponents.ToListAsync(q => q.Where(Filter.Field("course.sourcedId").EqualTo(courseId)), cancellationToken: cancellationToken).ConfigureAwait(false);
            var componentResources = new List<ComponentResource>();
            foreach (var component in components)
            {
                componentResources.AddRange(await _source.ComponentResources.ToListAsync(
                    q => q.Where(Filter.Field("courseComponent.sourcedId").EqualTo(component.SourcedId!)), cancellationToken: cancellationToken).ConfigureAwait(false));
            }
            var resourceIds = (course.Resources ?? new List<GuidRef>()).Select(r => r.SourcedId)
                .Concat(componentResources.Select(r => r.Resource?.SourcedId))
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var resources = new List<Resource>();
            foreach (var id in resourceIds)
            {
                resources.Add(await _source.Resources.GetAsync(id, cancellationToken).ConfigureAwait(false));
            }

            _steps.Clear();
            _steps.Add(new Step<Resource>("resources", _target.Resources, resources));
            _steps.Add(new Step<Course>("courses", _target.Courses, new[] { course }));
            _steps.Add(new Step<CourseComponent>("courseComponents", _target.CourseComponents, ParentsFirst(components)));
            _steps.Add(new Step<ComponentResource>("componentResources", _target.ComponentResources, componentResources));
            var changes = new List<RecordChange>();
            foreach (var step in _steps)
            {
                changes.AddRange(await step.PlanAsync(cancellationToken).ConfigureAwait(false));
            }
            return changes;
        }

        /// <summary>Writes every planned create and update, in the planned order.</summary>
        public async Task ApplyAsync(CancellationToken cancellationToken)
        {
            foreach (var step in _steps)
            {
                await step.ApplyAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>A component's parent is written before it, so a target that checks references accepts each write.</summary>
        private static List<CourseComponent> ParentsFirst(List<CourseComponent> components)
        {
            var byId = components.Where(c => c.SourcedId is not null).ToDictionary(c => c.SourcedId!, StringComparer.Ordinal);
            var ordered = new List<CourseComponent>();
            var placed = new HashSet<string>(StringComparer.Ordinal);
            void Place(CourseComponent component, int depth)
            {
                if (component.SourcedId is null || placed.Contains(component.SourcedId) || depth > components.Count)
                {
                    return;
                }
                if (component.Parent?.SourcedId is { } parent && byId.TryGetValue(parent, out var parentComponent))
                {
                    Place(parentComponent, depth + 1);
                }
                if (placed.Add(component.SourcedId))
                {
                    ordered.Add(component);
                }
            }
            foreach (var component in components)
            {
                Place(component, 0);
            }
            return ordered;
        }

        private interface IStep
        {
            Task<IReadOnlyList<RecordChange>> PlanAsync(CancellationToken cancellationToken);

            Task ApplyAsync(CancellationToken cancellationToken);
        }

        private sealed class Step<T> : IStep where T : class
        {
            private readonly string _collection;
            private readonly EditableRecordCollection<T> _target;
            private readonly IReadOnlyList<T> _records;
            private readonly List<(string Id, T Record)> _writes = new();

            public Step(string collection, EditableRecordCollection<T> target, IReadOnlyList<T> records)
            {
                _collection = collection;
                _target = target;
                _records = records;
            }

            public async Task<IReadOnlyList<RecordChange>> PlanAsync(CancellationToken cancellationToken)
            {
                _writes.Clear();
                var changes = new List<RecordChange>();
                foreach (var record in _records)
                {
                    var json = RecordSource.ToJson(record);
                    var id = (string?)json["sourcedId"] ?? throw new InvalidOperationException($"A record of {_collection} from the source has no sourcedId.");
                    JObject? existing;
                    try
                    {
                        existing = RecordSource.ToJson(await _target.GetAsync(id, cancellationToken).ConfigureAwait(false));
                    }
                    catch (OneRosterNotFoundException)
                    {
                        existing = null;
                    }
                    var change = RecordChange.Between(_collection, json, existing);
                    changes.Add(change);
                    if (change.Action != RecordChange.Unchanged)
                    {
                        _writes.Add((id, RecordChange.WithoutHrefs(json).ToObject<T>(RecordSource.Json)!));
                    }
                }
                return changes;
            }

            public async Task ApplyAsync(CancellationToken cancellationToken)
            {
                foreach (var (id, record) in _writes)
                {
                    await _target.UpsertAsync(id, record, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
