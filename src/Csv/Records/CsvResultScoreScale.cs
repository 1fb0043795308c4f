namespace OneRoster.Csv
{
    /// <summary>A row of <c>resultScoreScales.csv</c>: the score scale of a result (<c>Result.ScoreScale</c> in REST).</summary>
    public sealed class CsvResultScoreScale : CsvRecord
    {
        /// <summary>A title for the link; REST does not carry it.</summary>
        public string? Title { get; set; }

        /// <summary>The result (→ results.csv).</summary>
        public string? ResultSourcedId { get; set; }

        /// <summary>The score scale (→ scoreScales.csv).</summary>
        public string? ScoreScaleSourcedId { get; set; }
    }
}
