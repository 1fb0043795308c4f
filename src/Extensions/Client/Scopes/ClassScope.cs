using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Gradebook;
using OneRoster.Operations;
using OneRoster.Rostering;

namespace OneRoster
{
    /// <summary>The lists nested under one class: <c>client.Classes["c-1"].Students</c>, results, line items, ...</summary>
    public class ClassScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected ClassScope()
        {
        }

        internal ClassScope(OneRosterClient client, string classSourcedId)
            : base(client, classSourcedId)
        {
            Students = new RecordList<User, ClassStudentScope>(client, id => new ClassStudentScope(client, classSourcedId, id), "getStudentsForClass", ParentIds);
            Teachers = List<User>("getTeachersForClass");
            LineItems = new RecordList<LineItem, ClassLineItemScope>(client, id => new ClassLineItemScope(client, classSourcedId, id), "getLineItemsForClass", ParentIds);
            Results = List<Result>("getResultsForClass");
            Categories = List<Category>("getCategoriesForClass");
            ScoreScales = List<ScoreScale>("getScoreScalesForClass");
            Resources = List<OneRoster.Resources.Resource>(client.Provider.ResourceListOperation("getResourcesForClass"));
            AcademicSessions = new ScopeIndexer<ClassAcademicSessionScope>(id => new ClassAcademicSessionScope(client, classSourcedId, id));
        }

        /// <summary>The class's students; <c>Students["u-1"].Results</c> lists one student's results.</summary>
        public virtual RecordList<User, ClassStudentScope> Students { get; } = null!;

        /// <summary>The class's teachers.</summary>
        public virtual RecordList<User> Teachers { get; } = null!;

        /// <summary>The class's line items; <c>LineItems["li-1"].Results</c> lists one item's results.</summary>
        public virtual RecordList<LineItem, ClassLineItemScope> LineItems { get; } = null!;

        /// <summary>The class's results.</summary>
        public virtual RecordList<Result> Results { get; } = null!;

        /// <summary>The class's gradebook categories.</summary>
        public virtual RecordList<Category> Categories { get; } = null!;

        /// <summary>The class's score scales.</summary>
        public virtual RecordList<ScoreScale> ScoreScales { get; } = null!;

        /// <summary>The class's resources (standard or Timeback path, by provider).</summary>
        public virtual RecordList<OneRoster.Resources.Resource> Resources { get; } = null!;

        /// <summary><c>AcademicSessions["t-1"].PostResultsAsync(...)</c>: results for this class in one session.</summary>
        public virtual ScopeIndexer<ClassAcademicSessionScope> AcademicSessions { get; } = null!;

        /// <summary>
        /// Enrolls a user in the class and returns the new enrollment's sourcedId. Students and teachers go
        /// through Timeback's add-student / add-teacher endpoints; any other role creates an enrollment record.
        /// </summary>
        /// <param name="userSourcedId">The user to enroll.</param>
        /// <param name="role">The role in the class (<see cref="EnrollmentRole.Student"/>, ...).</param>
        /// <param name="primary">Whether this is the user's primary class (teachers), sent as the spec's "true"/"false".</param>
        /// <param name="cancellationToken">Cancels the request.</param>
        public virtual async Task<string?> EnrollAsync(string userSourcedId, EnrollmentRole role, bool? primary = null, CancellationToken cancellationToken = default)
        {
            SourcedIds.Validate(userSourcedId, nameof(userSourcedId));
            ArgumentNullException.ThrowIfNull(role);
            var user = new GuidRef { SourcedId = userSourcedId, Type = GuidRefType.User };
            var flag = primary is null ? null : primary.Value ? "true" : "false";
            string operationId;
            object body;
            string[] ids;
            if (role == EnrollmentRole.Student || role == EnrollmentRole.Teacher)
            {
                operationId = role == EnrollmentRole.Student ? "addStudentToClass" : "addTeacherToClass";
                body = new ClassEnrollmentRequest { Enrollment = new ClassEnrollment { User = user, Primary = flag } };
                ids = ParentIds;
            }
            else
            {
                operationId = "createEnrollment";
                body = new SingleEnrollment
                {
                    Enrollment = new Enrollment
                    {
                        SourcedId = Guid.NewGuid().ToString(),
                        Status = RecordStatus.Active,
                        User = user,
                        Class = new GuidRef { SourcedId = SourcedId, Type = GuidRefType.Class },
                        Role = role,
                        Primary = flag,
                    },
                };
                ids = Array.Empty<string>();
            }
            var operation = GeneratedOperation.Get(operationId);
            var answer = await Client!.InvokeWriteAsync(
                (http, ct) => operation.InvokeAsync(http, ids, QueryArguments.None, body, ct),
                SourcedId,
                cancellationToken).ConfigureAwait(false);
            return Envelope.AllocatedSourcedId(answer) ?? (body as SingleEnrollment)?.Enrollment?.SourcedId;
        }

        /// <summary>Creates line items for the class (postLineItemsForClass) and returns the allocated pairs.</summary>
        public virtual Task<IReadOnlyList<GuidPair>> PostLineItemsAsync(IEnumerable<LineItem> lineItems, CancellationToken cancellationToken = default) =>
            PostListAsync("postLineItemsForClass", lineItems, cancellationToken);
    }
}
