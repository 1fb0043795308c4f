using OneRoster.Rostering;

namespace OneRoster.Collections
{
    /// <summary>The rosters of one class within one school: <c>client.Schools["s"].Classes["c"].Students</c>.</summary>
    public class SchoolClassScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected SchoolClassScope()
        {
        }

        internal SchoolClassScope(ClientCore core, string schoolSourcedId, string classSourcedId)
            : base(core, schoolSourcedId, classSourcedId)
        {
        }

        /// <summary>The class's students.</summary>
        public virtual RecordList<User> Students => field ??= List(StudentsClient.Operations.GetStudentsForClassInSchool);

        /// <summary>The class's teachers.</summary>
        public virtual RecordList<User> Teachers => field ??= List(TeachersClient.Operations.GetTeachersForClassInSchool);

        /// <summary>The class's enrollments.</summary>
        public virtual RecordList<Enrollment> Enrollments => field ??= List(EnrollmentsClient.Operations.GetEnrollmentsForClassInSchool);
    }
}
