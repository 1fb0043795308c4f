namespace OneRoster.Csv
{
    /// <summary>A row of <c>resultLearningObjectiveIds.csv</c>: the mastery of one objective in a result (<c>Result.LearningObjectiveSet</c> in REST).</summary>
    public sealed class CsvResultLearningObjective : CsvRecord
    {
        /// <summary>The result (→ results.csv).</summary>
        public string? ResultSourcedId { get; set; }

        /// <summary>Where the objective is defined: <c>case</c>, <c>unknown</c>, or an <c>ext:</c> token.</summary>
        public string? Source { get; set; }

        /// <summary>The objective's id.</summary>
        public string? LearningObjectiveId { get; set; }

        /// <summary>The mastery score as a number.</summary>
        public float? Score { get; set; }

        /// <summary>The mastery score as text.</summary>
        public string? TextScore { get; set; }
    }
}
