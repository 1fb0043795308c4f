using System;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Rostering;

namespace OneRoster.Collections
{
    /// <summary>The lists nested under one term: <c>client.Terms["t-1"].Classes</c>, grading periods.</summary>
    public class TermScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected TermScope()
        {
        }

        internal TermScope(ClientCore core, string termSourcedId)
            : base(core, termSourcedId)
        {
        }

        /// <summary>The term's classes.</summary>
        public virtual RecordList<Class> Classes => field ??= List(ClassesClient.Operations.GetClassesForTerm);

        /// <summary>The term's grading periods.</summary>
        public virtual RecordList<AcademicSession> GradingPeriods => field ??= List(GradingPeriodsClient.Operations.GetGradingPeriodsForTerm);

        /// <summary>Creates a grading period under this term (Timeback) and returns its sourcedId.</summary>
        public virtual async Task<string?> CreateGradingPeriodAsync(AcademicSession gradingPeriod, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(gradingPeriod);
            var operation = TermsClient.Operations.CreateGradingPeriodForTerm;
            var request = operation.CreateRequest(Core.RootOf(operation), ParentIds, SingleAcademicSession.Shape.Wrap(gradingPeriod));
            using var answer = await Core.SendAsync(request, SourcedId, cancellationToken).ConfigureAwait(false);
            return WriteAnswers.AllocatedSourcedId(answer) ?? gradingPeriod.SourcedId;
        }
    }
}
