using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Gradebook;
using OneRoster.Rostering;

namespace OneRoster.Collections
{
    /// <summary>One line item: <c>client.LineItems["li-1"].PostResultsAsync(...)</c>.</summary>
    public class LineItemScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected LineItemScope()
        {
        }

        internal LineItemScope(ClientCore core, string lineItemSourcedId)
            : base(core, lineItemSourcedId)
        {
        }

        /// <summary>Posts results for this line item (postResultsForLineItem) and returns the allocated pairs.</summary>
        public virtual Task<IReadOnlyList<GuidPair>> PostResultsAsync(IEnumerable<Result> results, CancellationToken cancellationToken = default) =>
            PostListAsync(ResultsClient.Operations.PostResultsForLineItem, ResultSet.Shape, results, cancellationToken);
    }
}
