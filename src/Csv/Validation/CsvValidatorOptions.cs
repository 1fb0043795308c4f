namespace OneRoster.Csv
{
    /// <summary>How <see cref="CsvBundleValidator"/> checks a bundle.</summary>
    public sealed class CsvValidatorOptions
    {
        /// <summary>
        /// The most problems the report keeps (default 10,000), so a broken million-row file cannot fill memory; the
        /// counts still cover all of them and <see cref="CsvValidationReport.Truncated"/> says so.
        /// </summary>
        public int MaxProblems { get; set; } = 10_000;

        /// <summary>
        /// Check that references in bulk files name records the bundle holds (default true). It keeps every sourcedId of
        /// the bundle in memory and reads the files with references twice.
        /// </summary>
        public bool CheckReferences { get; set; } = true;
    }
}
