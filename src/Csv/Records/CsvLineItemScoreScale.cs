namespace OneRoster.Csv
{
    /// <summary>A row of <c>lineItemScoreScales.csv</c>: the score scale of a line item (<c>LineItem.ScoreScale</c> in REST).</summary>
    public sealed class CsvLineItemScoreScale : CsvRecord
    {
        /// <summary>A title for the link; REST does not carry it.</summary>
        public string? Title { get; set; }

        /// <summary>The line item (→ lineItems.csv).</summary>
        public string? LineItemSourcedId { get; set; }

        /// <summary>The score scale (→ scoreScales.csv).</summary>
        public string? ScoreScaleSourcedId { get; set; }
    }
}
