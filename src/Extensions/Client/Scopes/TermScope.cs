using System.Threading;
using System.Threading.Tasks;
using OneRoster.Operations;
using OneRoster.Rostering;

namespace OneRoster
{
    /// <summary>The lists nested under one term: <c>client.Terms["t-1"].Classes</c>, grading periods.</summary>
    public class TermScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected TermScope()
        {
        }

        internal TermScope(OneRosterClient client, string termSourcedId)
            : base(client, termSourcedId)
        {
            Classes = List<Class>("getClassesForTerm");
            GradingPeriods = List<AcademicSession>("getGradingPeriodsForTerm");
        }

        /// <summary>The term's classes.</summary>
        public virtual RecordList<Class> Classes { get; } = null!;

        /// <summary>The term's grading periods.</summary>
        public virtual RecordList<AcademicSession> GradingPeriods { get; } = null!;

        /// <summary>Creates a grading period under this term (Timeback) and returns its sourcedId.</summary>
        public virtual async Task<string?> CreateGradingPeriodAsync(AcademicSession gradingPeriod, CancellationToken cancellationToken = default)
        {
            System.ArgumentNullException.ThrowIfNull(gradingPeriod);
            var operation = GeneratedOperation.Get("createGradingPeriodForTerm");
            var body = Envelope.Wrap(operation.BodyType!, gradingPeriod);
            var answer = await Client!.InvokeWriteAsync(
                (http, ct) => operation.InvokeAsync(http, ParentIds, QueryArguments.None, body, ct),
                SourcedId,
                cancellationToken).ConfigureAwait(false);
            return Envelope.AllocatedSourcedId(answer) ?? gradingPeriod.SourcedId;
        }
    }
}
