using OneRoster.Gradebook;
using OneRoster.Resources;
using OneRoster.Rostering;
using Column = OneRoster.Sync.RosterReferenceColumn;

namespace OneRoster.Sync.Sources
{
    /// <summary>Where each collection comes from and which of its fields fill the reference columns.</summary>
    internal static class RecordSources
    {
        public static readonly RecordSource Orgs = new RecordSource<Org>(
            c => c.Orgs, r => (r.SourcedId, r.Status, r.DateLastModified),
            r => new RosterReferences(OrgId: r.Parent?.SourcedId), Column.Org);

        public static readonly RecordSource AcademicSessions = new RecordSource<AcademicSession>(
            c => c.AcademicSessions, r => (r.SourcedId, r.Status, r.DateLastModified),
            r => new RosterReferences(OrgId: r.Org?.SourcedId, AcademicSessionId: r.Parent?.SourcedId), Column.Org, Column.AcademicSession);

        public static readonly RecordSource Courses = new RecordSource<Course>(
            c => c.Courses, r => (r.SourcedId, r.Status, r.DateLastModified),
            r => new RosterReferences(OrgId: r.Org?.SourcedId, AcademicSessionId: r.SchoolYear?.SourcedId ?? r.AcademicSession?.SourcedId), Column.Org, Column.AcademicSession);

        public static readonly RecordSource Classes = new RecordSource<Class>(
            c => c.Classes, r => (r.SourcedId, r.Status, r.DateLastModified),
            r => new RosterReferences(
                OrgId: r.Org?.SourcedId, SchoolId: r.School?.SourcedId, CourseId: r.Course?.SourcedId,
                AcademicSessionId: r.Terms is { Count: > 0 } terms ? terms[0]?.SourcedId : null),
            Column.Org, Column.School, Column.Course, Column.AcademicSession);

        public static readonly RecordSource Users = new RecordSource<User>(
            c => c.Users, r => (r.SourcedId, r.Status, r.DateLastModified),
            r => new RosterReferences(OrgId: r.PrimaryOrg?.SourcedId ?? (r.Roles is { Count: > 0 } roles ? roles[0]?.Org?.SourcedId : null)), Column.Org);

        public static readonly RecordSource Enrollments = new RecordSource<Enrollment>(
            c => c.Enrollments, r => (r.SourcedId, r.Status, r.DateLastModified),
            r => new RosterReferences(SchoolId: r.School?.SourcedId, ClassId: r.Class?.SourcedId, UserId: r.User?.SourcedId), Column.School, Column.Class, Column.User);

        public static readonly RecordSource Demographics = new RecordSource<Demographics>(
            c => c.Demographics, r => (r.SourcedId, r.Status, r.DateLastModified),
            r => new RosterReferences(UserId: r.SourcedId), Column.User);

        public static readonly RecordSource Categories = new RecordSource<Category>(
            c => c.Categories, r => (r.SourcedId, r.Status, r.DateLastModified), _ => default);

        public static readonly RecordSource ScoreScales = new RecordSource<ScoreScale>(
            c => c.ScoreScales, r => (r.SourcedId, r.Status, r.DateLastModified),
            r => new RosterReferences(ClassId: r.Class?.SourcedId, CourseId: r.Course?.SourcedId), Column.Class, Column.Course);

        public static readonly RecordSource LineItems = new RecordSource<LineItem>(
            c => c.LineItems, r => (r.SourcedId, r.Status, r.DateLastModified),
            r => new RosterReferences(
                SchoolId: r.School?.SourcedId, ClassId: r.Class?.SourcedId,
                AcademicSessionId: r.GradingPeriod?.SourcedId ?? r.AcademicSession?.SourcedId),
            Column.School, Column.Class, Column.AcademicSession);

        public static readonly RecordSource Results = new RecordSource<Result>(
            c => c.Results, r => (r.SourcedId, r.Status, r.DateLastModified),
            r => new RosterReferences(ClassId: r.Class?.SourcedId, UserId: r.Student?.SourcedId, LineItemId: r.LineItem?.SourcedId), Column.Class, Column.User, Column.LineItem);

        public static readonly RecordSource Resources = new RecordSource<Resource>(
            c => c.Resources, r => (r.SourcedId, r.Status, r.DateLastModified), _ => default);
    }
}
