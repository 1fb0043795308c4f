namespace OneRoster.Csv
{
    /// <summary>How much a problem matters.</summary>
    public enum CsvProblemSeverity
    {
        /// <summary>The bundle breaks the binding.</summary>
        Error,

        /// <summary>Allowed, but worth a look (an unknown file, an empty line).</summary>
        Warning,
    }
}
