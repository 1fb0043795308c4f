namespace OneRoster.Sync
{
    /// <summary>
    /// The references of a record that people join on, each the sourcedId of another record or null. Every table of
    /// a store has all seven columns; a collection fills those its records have (see docs/sync.md, "Schema").
    /// </summary>
    /// <param name="OrgId">The org: an org's parent, a session's, course's or class's org, a user's primary org.</param>
    /// <param name="SchoolId">The school of a class, enrollment or line item.</param>
    /// <param name="ClassId">The class of an enrollment, score scale, line item or result.</param>
    /// <param name="UserId">The user of an enrollment or demographics record, the student of a result.</param>
    /// <param name="CourseId">The course of a class or score scale.</param>
    /// <param name="AcademicSessionId">A session's parent, a course's school year, a class's first term, a line item's session.</param>
    /// <param name="LineItemId">The line item of a result.</param>
    public readonly record struct RosterReferences(
        string? OrgId = null,
        string? SchoolId = null,
        string? ClassId = null,
        string? UserId = null,
        string? CourseId = null,
        string? AcademicSessionId = null,
        string? LineItemId = null);
}
