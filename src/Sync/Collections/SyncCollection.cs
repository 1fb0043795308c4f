using System;
using System.Collections.Generic;
using System.Linq;
using OneRoster.Sync.Sources;

namespace OneRoster.Sync
{
    /// <summary>
    /// A collection <see cref="RosterSync"/> can mirror: its OneRoster name (the list envelope key, <c>users</c>),
    /// its table in a store, and its place in the dependency order. The instances are fixed; compare by reference or
    /// by <see cref="Name"/>.
    /// </summary>
    public sealed class SyncCollection
    {
        private SyncCollection(string name, string tableName, int order, RecordSource source)
        {
            Name = name;
            TableName = tableName;
            Order = order;
            Source = source;
        }

        /// <summary>Orgs: districts, schools, departments.</summary>
        public static SyncCollection Orgs { get; } = new("orgs", "orgs", 0, RecordSources.Orgs);

        /// <summary>Academic sessions: school years, terms, grading periods, semesters.</summary>
        public static SyncCollection AcademicSessions { get; } = new("academicSessions", "academic_sessions", 1, RecordSources.AcademicSessions);

        /// <summary>Courses.</summary>
        public static SyncCollection Courses { get; } = new("courses", "courses", 2, RecordSources.Courses);

        /// <summary>Classes.</summary>
        public static SyncCollection Classes { get; } = new("classes", "classes", 3, RecordSources.Classes);

        /// <summary>Users of every role.</summary>
        public static SyncCollection Users { get; } = new("users", "users", 4, RecordSources.Users);

        /// <summary>Enrollments of users in classes.</summary>
        public static SyncCollection Enrollments { get; } = new("enrollments", "enrollments", 5, RecordSources.Enrollments);

        /// <summary>Demographics (each shares its sourcedId with its user).</summary>
        public static SyncCollection Demographics { get; } = new("demographics", "demographics", 6, RecordSources.Demographics);

        /// <summary>Gradebook categories.</summary>
        public static SyncCollection Categories { get; } = new("categories", "categories", 7, RecordSources.Categories);

        /// <summary>Gradebook score scales.</summary>
        public static SyncCollection ScoreScales { get; } = new("scoreScales", "score_scales", 8, RecordSources.ScoreScales);

        /// <summary>Gradebook line items.</summary>
        public static SyncCollection LineItems { get; } = new("lineItems", "line_items", 9, RecordSources.LineItems);

        /// <summary>Gradebook results.</summary>
        public static SyncCollection Results { get; } = new("results", "results", 10, RecordSources.Results);

        /// <summary>Learning resources.</summary>
        public static SyncCollection Resources { get; } = new("resources", "resources", 11, RecordSources.Resources);

        /// <summary>Every collection, in dependency order: orgs, academic sessions, courses, classes, users, enrollments, demographics, categories, score scales, line items, results, resources.</summary>
        public static IReadOnlyList<SyncCollection> All { get; } = Array.AsReadOnly(new[]
        {
            Orgs, AcademicSessions, Courses, Classes, Users, Enrollments, Demographics, Categories, ScoreScales, LineItems, Results, Resources,
        });

        /// <summary>The rostering collections: orgs through demographics.</summary>
        public static IReadOnlyList<SyncCollection> Rostering { get; } = Array.AsReadOnly(All.Take(7).ToArray());

        /// <summary>The gradebook collections: categories, score scales, line items, results.</summary>
        public static IReadOnlyList<SyncCollection> Gradebook { get; } = Array.AsReadOnly(new[] { Categories, ScoreScales, LineItems, Results });

        /// <summary>The OneRoster collection name (the list envelope key), e.g. <c>academicSessions</c>.</summary>
        public string Name { get; }

        /// <summary>The table a store keeps the collection in, e.g. <c>academic_sessions</c>.</summary>
        public string TableName { get; }

        /// <summary>Position in the dependency order (0 = orgs); a run pulls collections in this order.</summary>
        public int Order { get; }

        /// <summary>The reference columns this collection's records fill (the others stay null); stores index these.</summary>
        public IReadOnlyList<RosterReferenceColumn> ReferenceColumns => Source.Columns;

        internal RecordSource Source { get; }

        /// <summary>The collection with this OneRoster name (<c>users</c>) or table name (<c>line_items</c>), ignoring case.</summary>
        /// <exception cref="ArgumentException">No collection has that name; the message lists them.</exception>
        public static SyncCollection Parse(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            return All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(c.TableName, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"'{name}' is not a collection OneRoster.Sync mirrors; use one of {string.Join(", ", All.Select(c => c.Name))}.", nameof(name));
        }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
