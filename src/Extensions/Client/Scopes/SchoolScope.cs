using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Gradebook;
using OneRoster.Rostering;

namespace OneRoster
{
    /// <summary>The lists nested under one school: <c>client.Schools["s-1"].Classes</c>, ...</summary>
    public class SchoolScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected SchoolScope()
        {
        }

        internal SchoolScope(OneRosterClient client, string schoolSourcedId)
            : base(client, schoolSourcedId)
        {
            Classes = new RecordList<Class, SchoolClassScope>(client, id => new SchoolClassScope(client, schoolSourcedId, id), "getClassesForSchool", ParentIds);
            Students = List<User>("getStudentsForSchool");
            Teachers = List<User>("getTeachersForSchool");
            Courses = List<Course>("getCoursesForSchool");
            Terms = List<AcademicSession>("getTermsForSchool");
            Enrollments = List<Enrollment>("getEnrollmentsForSchool");
            LineItems = List<LineItem>("getLineItemsForSchool");
            ScoreScales = List<ScoreScale>("getScoreScalesForSchool");
        }

        /// <summary>The school's classes; <c>Classes["c-1"]</c> opens one class's rosters.</summary>
        public virtual RecordList<Class, SchoolClassScope> Classes { get; } = null!;

        /// <summary>The school's students.</summary>
        public virtual RecordList<User> Students { get; } = null!;

        /// <summary>The school's teachers.</summary>
        public virtual RecordList<User> Teachers { get; } = null!;

        /// <summary>The school's courses.</summary>
        public virtual RecordList<Course> Courses { get; } = null!;

        /// <summary>The school's terms.</summary>
        public virtual RecordList<AcademicSession> Terms { get; } = null!;

        /// <summary>The school's enrollments.</summary>
        public virtual RecordList<Enrollment> Enrollments { get; } = null!;

        /// <summary>The school's line items.</summary>
        public virtual RecordList<LineItem> LineItems { get; } = null!;

        /// <summary>The school's score scales.</summary>
        public virtual RecordList<ScoreScale> ScoreScales { get; } = null!;

        /// <summary>Creates line items for the school (postLineItemsForSchool) and returns the allocated pairs.</summary>
        public virtual Task<IReadOnlyList<GuidPair>> PostLineItemsAsync(IEnumerable<LineItem> lineItems, CancellationToken cancellationToken = default) =>
            PostListAsync("postLineItemsForSchool", lineItems, cancellationToken);
    }
}
