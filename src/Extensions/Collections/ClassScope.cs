using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Gradebook;
using OneRoster.Models;
using OneRoster.Resources;
using OneRoster.Rostering;

namespace OneRoster.Collections
{
    /// <summary>The lists nested under one class: <c>client.Classes["c-1"].Students</c>, results, line items, ...</summary>
    public class ClassScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected ClassScope()
        {
        }

        internal ClassScope(ClientCore core, string classSourcedId)
            : base(core, classSourcedId)
        {
        }

        /// <summary>The class's students; <c>Students["u-1"].Results</c> lists one student's results.</summary>
        public virtual RecordList<User, ClassStudentScope> Students =>
            field ??= List(StudentsClient.Operations.GetStudentsForClass, id => new ClassStudentScope(Core, SourcedId, id));

        /// <summary>The class's teachers.</summary>
        public virtual RecordList<User> Teachers => field ??= List(TeachersClient.Operations.GetTeachersForClass);

        /// <summary>The class's line items; <c>LineItems["li-1"].Results</c> lists one item's results.</summary>
        public virtual RecordList<LineItem, ClassLineItemScope> LineItems =>
            field ??= List(LineItemsClient.Operations.GetLineItemsForClass, id => new ClassLineItemScope(Core, SourcedId, id));

        /// <summary>The class's results.</summary>
        public virtual RecordList<Result> Results => field ??= List(ResultsClient.Operations.GetResultsForClass);

        /// <summary>The class's gradebook categories.</summary>
        public virtual RecordList<Category> Categories => field ??= List(CategoriesClient.Operations.GetCategoriesForClass);

        /// <summary>The class's score scales.</summary>
        public virtual RecordList<ScoreScale> ScoreScales => field ??= List(ScoreScalesClient.Operations.GetScoreScalesForClass);

        /// <summary>The class's resources (standard or Timeback path, by provider).</summary>
        public virtual RecordList<Resource> Resources => field ??= List(Core.Provider.UsesTimebackPaths
            ? ResourcesClient.Operations.GetResourcesForClassTimeback
            : ResourcesClient.Operations.GetResourcesForClass);

        /// <summary><c>AcademicSessions["t-1"].PostResultsAsync(...)</c>: results for this class in one session.</summary>
        public virtual ScopeIndexer<ClassAcademicSessionScope> AcademicSessions =>
            field ??= new ScopeIndexer<ClassAcademicSessionScope>(id => new ClassAcademicSessionScope(Core, SourcedId, id));

        /// <summary>
        /// Enrolls a user in the class and returns the new enrollment's sourcedId. Students and teachers go through
        /// Timeback's add-student / add-teacher endpoints; any other role creates an enrollment record.
        /// </summary>
        /// <param name="userSourcedId">The user to enroll.</param>
        /// <param name="role">The role in the class (<see cref="EnrollmentRole.Student"/>, ...).</param>
        /// <param name="primary">Whether this is the user's primary class (teachers), sent as the spec's "true"/"false".</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        /// <exception cref="ArgumentException">A blank user id, or the default (empty) role.</exception>
        public virtual async Task<string?> EnrollAsync(string userSourcedId, EnrollmentRole role, bool? primary = null, CancellationToken cancellationToken = default)
        {
            SourcedIds.Validate(userSourcedId, nameof(userSourcedId));
            if (role.Value.Length == 0)
            {
                throw new ArgumentException("Pass a role, e.g. EnrollmentRole.Student.", nameof(role));
            }
            var user = new GuidRef { SourcedId = userSourcedId, Type = GuidRefType.User };
            var flag = primary is null ? null : primary.Value ? "true" : "false";
            if (role == EnrollmentRole.Student || role == EnrollmentRole.Teacher)
            {
                var operation = role == EnrollmentRole.Student ? ClassesClient.Operations.AddStudentToClass : ClassesClient.Operations.AddTeacherToClass;
                var body = new ClassEnrollmentRequest { Enrollment = new ClassEnrollment { User = user, Primary = flag } };
                using var answer = await Core.SendAsync(operation.CreateRequest(Core.RootOf(operation), ParentIds, body), SourcedId, cancellationToken).ConfigureAwait(false);
                return WriteAnswers.AllocatedSourcedId(answer);
            }
            var enrollment = new Enrollment
            {
                SourcedId = Guid.NewGuid().ToString(),
                Status = RecordStatus.Active,
                User = user,
                Class = new GuidRef { SourcedId = SourcedId, Type = GuidRefType.Class },
                Role = role,
                Primary = flag,
            };
            var create = EnrollmentsClient.Operations.CreateEnrollment;
            using (var answer = await Core.SendAsync(create.CreateRequest(Core.RootOf(create), Array.Empty<string>(), SingleEnrollment.Shape.Wrap(enrollment)), SourcedId, cancellationToken).ConfigureAwait(false))
            {
                return WriteAnswers.AllocatedSourcedId(answer) ?? enrollment.SourcedId;
            }
        }

        /// <summary>Creates line items for the class (postLineItemsForClass) and returns the allocated pairs.</summary>
        public virtual Task<IReadOnlyList<GuidPair>> PostLineItemsAsync(IEnumerable<LineItem> lineItems, CancellationToken cancellationToken = default) =>
            PostListAsync(LineItemsClient.Operations.PostLineItemsForClass, LineItemSet.Shape, lineItems, cancellationToken);
    }
}
