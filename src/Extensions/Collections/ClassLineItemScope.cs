using OneRoster.Gradebook;

namespace OneRoster.Collections
{
    /// <summary>One line item within one class: <c>client.Classes["c"].LineItems["li"].Results</c>.</summary>
    public class ClassLineItemScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected ClassLineItemScope()
        {
        }

        internal ClassLineItemScope(ClientCore core, string classSourcedId, string lineItemSourcedId)
            : base(core, classSourcedId, lineItemSourcedId)
        {
        }

        /// <summary>The line item's results in the class.</summary>
        public virtual RecordList<Result> Results => field ??= List(ResultsClient.Operations.GetResultsForLineItemForClass);
    }
}
