using OneRoster.Gradebook;

namespace OneRoster
{
    /// <summary>One line item within one class: <c>client.Classes["c"].LineItems["li"].Results</c>.</summary>
    public class ClassLineItemScope : RecordScope
    {
        /// <summary>For mocking only.</summary>
        protected ClassLineItemScope()
        {
        }

        internal ClassLineItemScope(OneRosterClient client, string classSourcedId, string lineItemSourcedId)
            : base(client, classSourcedId, lineItemSourcedId)
        {
            Results = List<Result>("getResultsForLineItemForClass");
        }

        /// <summary>The line item's results in the class.</summary>
        public virtual RecordList<Result> Results { get; } = null!;
    }
}
