using OneRoster.Csv.Mapping;
using OneRoster.Gradebook;
using OneRoster.Rostering;
using Resource = OneRoster.Resources.Resource;

namespace OneRoster.Csv.Binding
{
    /// <summary>The common properties of each generated DTO (they share no interface, so each names its own).</summary>
    internal static class DtoAccess
    {
        public static RecordAccess<AcademicSession> AcademicSession { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);

        public static RecordAccess<Org> Org { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);

        public static RecordAccess<Course> Course { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);

        public static RecordAccess<Class> Class { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);

        public static RecordAccess<Enrollment> Enrollment { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);

        public static RecordAccess<Demographics> Demographics { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);

        public static RecordAccess<User> User { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);

        public static RecordAccess<Category> Category { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);

        public static RecordAccess<LineItem> LineItem { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);

        public static RecordAccess<Result> Result { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);

        public static RecordAccess<ScoreScale> ScoreScale { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);

        public static RecordAccess<Resource> Resource { get; } = new(r => r.SourcedId, (r, v) => r.SourcedId = v, r => r.Status, (r, v) => r.Status = v, r => r.DateLastModified, (r, v) => r.DateLastModified = v, r => r.Metadata, (r, v) => r.Metadata = v);
    }
}
