namespace OneRoster.Csv
{
    /// <summary>A row of <c>lineItemLearningObjectiveIds.csv</c>: one learning objective of a line item (<c>LineItem.LearningObjectiveSet</c> in REST).</summary>
    public sealed class CsvLineItemLearningObjective : CsvRecord
    {
        /// <summary>The line item (→ lineItems.csv).</summary>
        public string? LineItemSourcedId { get; set; }

        /// <summary>Where the objective is defined: <c>case</c> (1EdTech CASE), <c>unknown</c>, or an <c>ext:</c> token.</summary>
        public string? Source { get; set; }

        /// <summary>The objective's id (a UUID URN when the source is CASE).</summary>
        public string? LearningObjectiveId { get; set; }
    }
}
