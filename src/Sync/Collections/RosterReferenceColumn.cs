namespace OneRoster.Sync
{
    /// <summary>A reference column of the store schema; see <see cref="RosterReferences"/> for what each holds.</summary>
    public enum RosterReferenceColumn
    {
        /// <summary><c>org_id</c></summary>
        Org,

        /// <summary><c>school_id</c></summary>
        School,

        /// <summary><c>class_id</c></summary>
        Class,

        /// <summary><c>user_id</c></summary>
        User,

        /// <summary><c>course_id</c></summary>
        Course,

        /// <summary><c>academic_session_id</c></summary>
        AcademicSession,

        /// <summary><c>line_item_id</c></summary>
        LineItem,
    }
}
