using System;
using System.Collections.Generic;
using System.Linq;
using OneRoster.Cli.Hosting;

namespace OneRoster.Cli.Records
{
    /// <summary>
    /// Every list the facade offers, by the OneRoster name of its collection and the parents it is read under: one
    /// row per facade property, so <c>oneroster list</c> reaches exactly what <c>OneRosterClient</c> reaches.
    /// </summary>
    internal static class CollectionCatalog
    {
        private static readonly ListRoute[] Routes =
        {
            Top("users", c => RecordSource.Of(c.Users)),
            Top("students", c => RecordSource.Of(c.Students)),
            Top("teachers", c => RecordSource.Of(c.Teachers)),
            Top("classes", c => RecordSource.Of(c.Classes)),
            Top("schools", c => RecordSource.Of(c.Schools)),
            Top("orgs", c => RecordSource.Of(c.Orgs)),
            Top("courses", c => RecordSource.Of(c.Courses)),
            Top("courseComponents", c => RecordSource.Of(c.CourseComponents)),
            Top("componentResources", c => RecordSource.Of(c.ComponentResources)),
            Top("enrollments", c => RecordSource.Of(c.Enrollments)),
            Top("academicSessions", c => RecordSource.Of(c.AcademicSessions)),
            Top("terms", c => RecordSource.Of(c.Terms)),
            Top("gradingPeriods", c => RecordSource.Of(c.GradingPeriods)),
            Top("demographics", c => RecordSource.Of(c.Demographics)),
            Top("lineItems", c => RecordSource.Of(c.LineItems)),
            Top("results", c => RecordSource.Of(c.Results)),
            Top("categories", c => RecordSource.Of(c.Categories)),
            Top("scoreScales", c => RecordSource.Of(c.ScoreScales)),
            Top("assessmentLineItems", c => RecordSource.Of(c.AssessmentLineItems)),
            Top("assessmentResults", c => RecordSource.Of(c.AssessmentResults)),
            Top("resources", c => RecordSource.Of(c.Resources)),

            Nested("classes", new[] { Scope.School }, (c, id) => RecordSource.Of(c.Schools[id[0]].Classes)),
            Nested("students", new[] { Scope.School }, (c, id) => RecordSource.Of(c.Schools[id[0]].Students)),
            Nested("teachers", new[] { Scope.School }, (c, id) => RecordSource.Of(c.Schools[id[0]].Teachers)),
            Nested("courses", new[] { Scope.School }, (c, id) => RecordSource.Of(c.Schools[id[0]].Courses)),
            Nested("terms", new[] { Scope.School }, (c, id) => RecordSource.Of(c.Schools[id[0]].Terms)),
            Nested("enrollments", new[] { Scope.School }, (c, id) => RecordSource.Of(c.Schools[id[0]].Enrollments)),
            Nested("lineItems", new[] { Scope.School }, (c, id) => RecordSource.Of(c.Schools[id[0]].LineItems)),
            Nested("scoreScales", new[] { Scope.School }, (c, id) => RecordSource.Of(c.Schools[id[0]].ScoreScales)),
            Nested("students", new[] { Scope.School, Scope.Class }, (c, id) => RecordSource.Of(c.Schools[id[0]].Classes[id[1]].Students)),
            Nested("teachers", new[] { Scope.School, Scope.Class }, (c, id) => RecordSource.Of(c.Schools[id[0]].Classes[id[1]].Teachers)),
            Nested("enrollments", new[] { Scope.School, Scope.Class }, (c, id) => RecordSource.Of(c.Schools[id[0]].Classes[id[1]].Enrollments)),

            Nested("students", new[] { Scope.Class }, (c, id) => RecordSource.Of(c.Classes[id[0]].Students)),
            Nested("teachers", new[] { Scope.Class }, (c, id) => RecordSource.Of(c.Classes[id[0]].Teachers)),
            Nested("lineItems", new[] { Scope.Class }, (c, id) => RecordSource.Of(c.Classes[id[0]].LineItems)),
            Nested("results", new[] { Scope.Class }, (c, id) => RecordSource.Of(c.Classes[id[0]].Results)),
            Nested("categories", new[] { Scope.Class }, (c, id) => RecordSource.Of(c.Classes[id[0]].Categories)),
            Nested("scoreScales", new[] { Scope.Class }, (c, id) => RecordSource.Of(c.Classes[id[0]].ScoreScales)),
            Nested("resources", new[] { Scope.Class }, (c, id) => RecordSource.Of(c.Classes[id[0]].Resources)),
            Nested("results", new[] { Scope.Class, Scope.Student }, (c, id) => RecordSource.Of(c.Classes[id[0]].Students[id[1]].Results)),
            Nested("results", new[] { Scope.Class, Scope.LineItem }, (c, id) => RecordSource.Of(c.Classes[id[0]].LineItems[id[1]].Results)),

            Nested("classes", new[] { Scope.Course }, (c, id) => RecordSource.Of(c.Courses[id[0]].Classes)),
            Nested("resources", new[] { Scope.Course }, (c, id) => RecordSource.Of(c.Courses[id[0]].Resources)),
            Nested("classes", new[] { Scope.Term }, (c, id) => RecordSource.Of(c.Terms[id[0]].Classes)),
            Nested("gradingPeriods", new[] { Scope.Term }, (c, id) => RecordSource.Of(c.Terms[id[0]].GradingPeriods)),
            Nested("classes", new[] { Scope.User }, (c, id) => RecordSource.Of(c.Users[id[0]].Classes)),
            Nested("resources", new[] { Scope.User }, (c, id) => RecordSource.Of(c.Users[id[0]].Resources)),
            Nested("classes", new[] { Scope.Student }, (c, id) => RecordSource.Of(c.Students[id[0]].Classes)),
            Nested("classes", new[] { Scope.Teacher }, (c, id) => RecordSource.Of(c.Teachers[id[0]].Classes)),
        };

        /// <summary>The collection names, in the order of the facade.</summary>
        public static IReadOnlyList<string> Names { get; } = Routes.Select(r => r.Name).Distinct().ToList();

        /// <summary>Every route (for tests and the docs).</summary>
        public static IReadOnlyList<ListRoute> All => Routes;

        /// <summary>The collection's canonical name; accepts any case and kebab or snake case (<c>academic-sessions</c>).</summary>
        public static string Canonical(string name)
        {
            var key = Key(name);
            return Names.FirstOrDefault(n => Key(n) == key) ?? throw CliException.Usage("unknown-collection",
                $"'{name}' is not a collection. Collections: {string.Join(", ", Names)}.");
        }

        /// <summary>The list of <paramref name="name"/> under the given parents, or a usage error saying which parents it takes.</summary>
        public static ListRoute Find(string name, IReadOnlyCollection<Scope> scopes)
        {
            var canonical = Canonical(name);
            var candidates = Routes.Where(r => r.Name == canonical).ToList();
            var route = candidates.FirstOrDefault(r => r.Scopes.Count == scopes.Count && r.Scopes.All(scopes.Contains));
            if (route is not null)
            {
                return route;
            }
            var ways = candidates.Select(r => r.Scopes.Count == 0 ? "alone" : "with " + string.Join(" and ", r.Scopes.Select(s => ScopeNames.OptionOf(s) + " ID")));
            throw CliException.Usage("unknown-scope",
                $"{canonical} cannot be listed with {string.Join(" and ", scopes.Select(ScopeNames.OptionOf))}; it can be listed {string.Join(", or ", ways)}.");
        }

        /// <summary>A top-level collection, readable by sourcedId (<c>get</c>, <c>exists</c>).</summary>
        public static ReadableSource Readable(OneRosterClient client, string name) =>
            (ReadableSource)Find(name, Array.Empty<Scope>()).Open(client, Array.Empty<string>());

        private static string Key(string name) => name.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

        private static ListRoute Top(string name, Func<OneRosterClient, ReadableSource> open) =>
            new(name, Array.Empty<Scope>(), (client, _) => open(client));

        private static ListRoute Nested(string name, Scope[] scopes, Func<OneRosterClient, IReadOnlyList<string>, RecordSource> open) =>
            new(name, scopes, open);
    }

    /// <summary>One list: its collection name, the parents it is read under (in that order) and how the facade opens it.</summary>
    internal sealed record ListRoute(string Name, IReadOnlyList<Scope> Scopes, Func<OneRosterClient, IReadOnlyList<string>, RecordSource> Open);
}
