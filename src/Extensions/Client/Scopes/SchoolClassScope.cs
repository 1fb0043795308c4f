using OneRoster.Rostering;

namespace OneRoster
{
    /// <summary>The rosters of one class within one school: <c>client.Schools["s"].Classes["c"].Students</c>.</summary>
    public class SchoolClassScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected SchoolClassScope()
        {
        }

        internal SchoolClassScope(OneRosterClient client, string schoolSourcedId, string classSourcedId)
            : base(client, schoolSourcedId, classSourcedId)
        {
            Students = List<User>("getStudentsForClassInSchool");
            Teachers = List<User>("getTeachersForClassInSchool");
            Enrollments = List<Enrollment>("getEnrollmentsForClassInSchool");
        }

        /// <summary>The class's students.</summary>
        public virtual RecordList<User> Students { get; } = null!;

        /// <summary>The class's teachers.</summary>
        public virtual RecordList<User> Teachers { get; } = null!;

        /// <summary>The class's enrollments.</summary>
        public virtual RecordList<Enrollment> Enrollments { get; } = null!;
    }
}
