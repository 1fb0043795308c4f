using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Gradebook;
using OneRoster.Rostering;

namespace OneRoster.Collections
{
    /// <summary>The lists nested under one school: <c>client.Schools["s-1"].Classes</c>, ...</summary>
    public class SchoolScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected SchoolScope()
        {
        }

        internal SchoolScope(ClientCore core, string schoolSourcedId)
            : base(core, schoolSourcedId)
        {
        }

        /// <summary>The school's classes; <c>Classes["c-1"]</c> opens that class's rosters within the school.</summary>
        public virtual RecordList<Class, SchoolClassScope> Classes =>
            field ??= List(ClassesClient.Operations.GetClassesForSchool, id => new SchoolClassScope(Core, SourcedId, id));

        /// <summary>The school's students.</summary>
        public virtual RecordList<User> Students => field ??= List(StudentsClient.Operations.GetStudentsForSchool);

        /// <summary>The school's teachers.</summary>
        public virtual RecordList<User> Teachers => field ??= List(TeachersClient.Operations.GetTeachersForSchool);

        /// <summary>The school's courses.</summary>
        public virtual RecordList<Course> Courses => field ??= List(CoursesClient.Operations.GetCoursesForSchool);

        /// <summary>The school's terms.</summary>
        public virtual RecordList<AcademicSession> Terms => field ??= List(TermsClient.Operations.GetTermsForSchool);

        /// <summary>The school's enrollments.</summary>
        public virtual RecordList<Enrollment> Enrollments => field ??= List(EnrollmentsClient.Operations.GetEnrollmentsForSchool);

        /// <summary>The school's line items.</summary>
        public virtual RecordList<LineItem> LineItems => field ??= List(LineItemsClient.Operations.GetLineItemsForSchool);

        /// <summary>The school's score scales.</summary>
        public virtual RecordList<ScoreScale> ScoreScales => field ??= List(ScoreScalesClient.Operations.GetScoreScalesForSchool);

        /// <summary>Creates line items for the school (postLineItemsForSchool) and returns the allocated pairs.</summary>
        public virtual Task<IReadOnlyList<GuidPair>> PostLineItemsAsync(IEnumerable<LineItem> lineItems, CancellationToken cancellationToken = default) =>
            PostListAsync(LineItemsClient.Operations.PostLineItemsForSchool, LineItemSet.Shape, lineItems, cancellationToken);
    }
}
