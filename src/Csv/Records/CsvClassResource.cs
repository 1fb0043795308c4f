namespace OneRoster.Csv
{
    /// <summary>A row of <c>classResources.csv</c>: a resource of a class (<c>Class.Resources</c> in REST).</summary>
    public sealed class CsvClassResource : CsvRecord
    {
        /// <summary>A title for the link; REST does not carry it.</summary>
        public string? Title { get; set; }

        /// <summary>The class (→ classes.csv).</summary>
        public string? ClassSourcedId { get; set; }

        /// <summary>The resource (→ resources.csv).</summary>
        public string? ResourceSourcedId { get; set; }
    }
}
