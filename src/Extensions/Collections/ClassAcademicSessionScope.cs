using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Gradebook;
using OneRoster.Rostering;

namespace OneRoster.Collections
{
    /// <summary>One academic session of one class: <c>client.Classes["c"].AcademicSessions["t"]</c>.</summary>
    public class ClassAcademicSessionScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected ClassAcademicSessionScope()
        {
        }

        internal ClassAcademicSessionScope(ClientCore core, string classSourcedId, string academicSessionSourcedId)
            : base(core, classSourcedId, academicSessionSourcedId)
        {
        }

        /// <summary>Posts results for the class in this session (postResultsForAcademicSessionForClass) and returns the allocated pairs.</summary>
        public virtual Task<IReadOnlyList<GuidPair>> PostResultsAsync(IEnumerable<Result> results, CancellationToken cancellationToken = default) =>
            PostListAsync(ResultsClient.Operations.PostResultsForAcademicSessionForClass, ResultSet.Shape, results, cancellationToken);
    }
}
